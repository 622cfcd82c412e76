package org.guildhall.web;

import java.net.http.HttpResponse;

import org.guildhall.member.DemoPeople;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages as a browser gets them from the running server (MockMvc does not render the
 * error dispatch): friendly, in the app's own layout, and never showing exception text,
 * SQL or class names.
 */
@GuildhallTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void notFoundPageIsFriendlyAndRevealsNothing() throws Exception {
		FormClient member = new FormClient(this.port).signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);

		for (String path : new String[] { "/members/999999999", "/members/not-a-number", "/setup", "/skills/0/edit" }) {
			HttpResponse<String> response = (path.startsWith("/skills"))
					? new FormClient(this.port).signIn(DemoPeople.LEAD, DemoPeople.PASSWORD).get(path)
					: member.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("We could not find that page");
			assertRevealsNothing(response);
		}
	}

	@Test
	void forbiddenPageKeepsTheLayoutAndExplains() throws Exception {
		FormClient member = new FormClient(this.port).signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);

		HttpResponse<String> response = member.get("/members/new");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You can't do that here").contains("Mateo Rodríguez");
		assertRevealsNothing(response);
	}

	@Test
	void healthAndInfoArePublic() throws Exception {
		FormClient anonymous = new FormClient(this.port);

		assertThat(anonymous.get("/actuator/health/liveness", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(anonymous.get("/actuator/health/readiness", "application/json").body())
			.contains("\"status\":\"UP\"");
		assertThat(anonymous.get("/actuator/info", "application/json").body()).contains("Guildhall");
		assertThat(anonymous.get("/actuator/prometheus", "text/plain").statusCode()).isEqualTo(302);
	}

	@Test
	void prometheusMetricsAreForLeads() throws Exception {
		HttpResponse<String> asLead = new FormClient(this.port).signIn(DemoPeople.LEAD, DemoPeople.PASSWORD)
			.get("/actuator/prometheus", "text/plain");
		HttpResponse<String> asManager = new FormClient(this.port).signIn(DemoPeople.MANAGER, DemoPeople.PASSWORD)
			.get("/actuator/prometheus", "text/plain");

		assertThat(asLead.statusCode()).isEqualTo(200);
		assertThat(asLead.body()).contains("jvm_memory_used_bytes");
		assertThat(asManager.statusCode()).isEqualTo(403);
	}

	private static void assertRevealsNothing(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContainIgnoringCase("exception")
			.doesNotContain("org.guildhall")
			.doesNotContain("org.springframework")
			.doesNotContainIgnoringCase("select ")
			.doesNotContain("at java.");
	}

}
