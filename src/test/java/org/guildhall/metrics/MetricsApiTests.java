package org.guildhall.metrics;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.security.ApiScope;
import org.guildhall.security.ApiTokens;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class MetricsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aTokenThatMayWriteRecordsAnOutcomeWithoutCookiesOrCsrf() throws Exception {
		ApiTokens.Created token = token(ApiScope.WRITE_OUTCOMES);
		String unit = "Api unit " + UUID.randomUUID();

		this.mvc.perform(outcome(token.secret(), body(unit, "AVAILABILITY", "99.95")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measure").value("AVAILABILITY"))
			.andExpect(jsonPath("$.businessUnit").value(unit))
			.andExpect(header().doesNotExist("Set-Cookie"));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from outcome_measures where business_unit = ? and origin = 'API' and api_token_id = ?",
				Long.class, unit, token.id()))
			.isEqualTo(1);
	}

	@Test
	void noTokenAnUnknownOneAnExpiredOneAndARevokedOneAreTurnedAway() throws Exception {
		ApiTokens.Created revoked = token(ApiScope.WRITE_OUTCOMES);
		this.members.asLead(() -> this.tokens.revoke(revoked.id()));
		ApiTokens.Created expiring = this.members.asLead(() -> this.tokens.create("Expiring " + UUID.randomUUID(),
				Set.of(ApiScope.WRITE_OUTCOMES), 1, this.members.lead().id()));
		String body = body("Turned away", "INCIDENTS", "2");

		this.mvc.perform(post("/api/v1/outcomes").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(jsonPath("$.status").value(401));
		this.mvc.perform(outcome("gh_not-a-real-token", body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("unknown")));
		this.mvc.perform(outcome(revoked.secret(), body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("revoked")));
		this.mvc.perform(outcome(expiring.secret(), body)).andExpect(status().isCreated());
		this.clock.advance(Duration.ofDays(2));
		this.mvc.perform(outcome(expiring.secret(), body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("expired")));
	}

	@Test
	void aTokenInTheUrlIsRefusedEvenWhenItIsValid() throws Exception {
		ApiTokens.Created token = token(ApiScope.WRITE_OUTCOMES, ApiScope.READ_METRICS);
		String unit = "Url unit " + UUID.randomUUID();

		this.mvc
			.perform(post("/api/v1/outcomes?access_token=" + token.secret()).contentType(MediaType.APPLICATION_JSON)
				.content(body(unit, "AVAILABILITY", "99.9")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", containsString("never in the URL")));
		this.mvc
			.perform(get("/api/v1/metrics?token=" + token.secret()).header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());

		assertThat(this.jdbc.queryForObject("select count(*) from outcome_measures where business_unit = ?", Long.class,
				unit))
			.isZero();
	}

	@Test
	void aTokenWithoutTheRightScopeIsForbidden() throws Exception {
		ApiTokens.Created reader = token(ApiScope.READ_METRICS);
		ApiTokens.Created writer = token(ApiScope.WRITE_OUTCOMES);

		this.mvc.perform(outcome(reader.secret(), body("Reader unit", "AVAILABILITY", "99")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + writer.secret()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + reader.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key == 'sessions.cross_functional')].name").value("Cross-functional sessions"));
		this.mvc.perform(get("/api/v1/anything-else").header("Authorization", "Bearer " + reader.secret()))
			.andExpect(status().isForbidden());
	}

	@Test
	void malformedOversizeAndInvalidBodiesGetAProblemAndRecordNothing() throws Exception {
		ApiTokens.Created token = token(ApiScope.WRITE_OUTCOMES);
		String unit = "Invalid unit " + UUID.randomUUID();

		this.mvc.perform(outcome(token.secret(), "{\"measure\": \"AVAILAB"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("JSON object")));
		this.mvc.perform(outcome(token.secret(), "{\"service\": \"" + "x".repeat(20_000) + "\"}"))
			.andExpect(status().isPayloadTooLarge());
		this.mvc.perform(outcome(token.secret(), """
				{"measure": "UPTIME", "businessUnit": "%s", "periodStart": "2026-10-31", "periodEnd": "2026-10-01",
				 "value": 12}""".formatted(unit)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("measure", "periodEnd")));
		this.mvc.perform(outcome(token.secret(), body(unit, "AVAILABILITY", "100.5")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"));

		assertThat(this.jdbc.queryForObject("select count(*) from outcome_measures where business_unit = ?", Long.class,
				unit))
			.isZero();
	}

	@Test
	void aClientSendingTooManyRequestsIsToldWhenToComeBack() throws Exception {
		ApiTokens.Created token = token(ApiScope.READ_METRICS);
		for (int i = 0; i < 60; i++) {
			this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + token.secret()))
				.andExpect(status().isOk());
		}

		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + token(ApiScope.READ_METRICS).secret()))
			.andExpect(status().isOk());
	}

	@Test
	void aMetricsDailyValuesAreReadByKey() throws Exception {
		ApiTokens.Created token = token(ApiScope.READ_METRICS);

		this.mvc
			.perform(get("/api/v1/metrics/experiments.logged").param("from", "2026-01-01")
				.param("to", "2026-01-10")
				.header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("FLOW"))
			.andExpect(jsonPath("$.days.length()").value(10))
			.andExpect(jsonPath("$.days[0].day").value("2026-01-01"));
		this.mvc.perform(get("/api/v1/metrics/no.such.metric").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theApiIsDescribedWithOpenApiForSignedInPeople() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/outcomes'].post.summary").value("Record an outcome measure"))
			.andExpect(jsonPath("$.paths['/api/v1/metrics/{key}'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
			.andExpect(jsonPath("$.paths['/members']").doesNotExist());
	}

	private ApiTokens.Created token(ApiScope... scopes) {
		return this.members.asLead(() -> this.tokens.create("Test system " + UUID.randomUUID(), Set.of(scopes), 30,
				this.members.lead().id()));
	}

	private static MockHttpServletRequestBuilder outcome(String secret, String body) {
		return post("/api/v1/outcomes").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static String body(String unit, String measure, String value) {
		return """
				{"measure": "%s", "businessUnit": "%s", "periodStart": "2026-10-01", "periodEnd": "2026-10-31",
				 "value": %s}""".formatted(measure, unit, value);
	}

}
