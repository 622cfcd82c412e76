package org.guildhall.security;

import java.net.http.HttpResponse;
import java.util.List;

import org.guildhall.member.DemoPeople;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every answer carries, over real HTTP: a page, an error page and a static
 * file alike.
 */
@GuildhallTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void aPageAnErrorPageAndAStaticFileCarryTheSafeHeaders() throws Exception {
		FormClient member = new FormClient(this.port).signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);
		HttpResponse<String> page = member.get("/members");
		HttpResponse<String> missing = member.get("/members/987654321");
		HttpResponse<String> stylesheet = new FormClient(this.port).get("/assets/css/guildhall.css", "text/css");

		assertThat(List.of(page.statusCode(), missing.statusCode(), stylesheet.statusCode())).containsExactly(200, 404,
				200);
		for (HttpResponse<String> answer : List.of(page, missing, stylesheet)) {
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
			assertThat(answer.headers().firstValue("Permissions-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()")
					.contains("microphone=()")
					.contains("geolocation=()"));
			assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("only over HTTPS").isEmpty();
		}
		assertThat(missing.body()).contains("We could not find that page").doesNotContain("Exception");
	}

}
