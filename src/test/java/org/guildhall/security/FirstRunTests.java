package org.guildhall.security;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.guildhall.member.Members;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.RunningGuildhall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production first run: an empty database named by URL, the {@code postgres} profile,
 * behind a proxy that terminates TLS. Each test runs a second Guildhall on a database of
 * its own on the same PostgreSQL server as the other tests.
 */
@GuildhallTest
class FirstRunTests {

	@Autowired
	DataSource dataSource;

	private final String database = "guildhall_first_run_" + UUID.randomUUID().toString().replace("-", "");

	private JdbcTemplate server;

	@BeforeEach
	void createEmptyDatabase() {
		this.server = new JdbcTemplate(this.dataSource);
		this.server.execute("create database " + this.database);
	}

	@AfterEach
	void dropDatabase() {
		this.server.execute("drop database if exists " + this.database + " with (force)");
	}

	@Test
	void theFirstVisitCreatesTheFirstLeadWithTheSetUpCodeAndThenSetUpIsGone() throws Exception {
		try (RunningGuildhall guildhall = RunningGuildhall.on(this.dataSource, this.database,
				"--spring.profiles.active=postgres")) {
			assertThat(guildhall.bean(Members.class).anyAccountExists()).isFalse();
			assertThat(members(guildhall)).as("no demo data in a database named by URL").isZero();
			String code = guildhall.bean(SetupCode.class).code();
			FormClient browser = guildhall.client().withHeader("X-Forwarded-Proto", "https");

			HttpResponse<String> first = browser.get("/members");
			assertThat(location(first)).endsWith("/login");
			assertThat(first.headers().allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-GUILDHALL_SESSION=")
					.contains("Path=/")
					.contains("Secure")
					.contains("HttpOnly")
					.containsIgnoringCase("SameSite=Lax"));
			assertThat(location(browser.get("/login"))).endsWith("/setup");
			HttpResponse<String> setup = browser.get("/setup");
			assertThat(setup.statusCode()).isEqualTo(200);
			assertThat(setup.body()).contains("Create the lead account").contains("Set-up code");
			assertThat(setup.headers().firstValue("Strict-Transport-Security")).as("HTTPS through the proxy")
				.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
			assertThat(setup.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

			HttpResponse<String> wrongCode = browser.submit("/setup", "/setup",
					firstLead("ABCDE-FGHJK-LMNPQ", "our community starts today", "our community starts today"));
			assertThat(wrongCode.statusCode()).isEqualTo(200);
			assertThat(wrongCode.body()).contains("This is not the set-up code").contains("value=\"Amara Diallo\"");
			HttpResponse<String> mismatch = browser.submit("/setup", "/setup",
					firstLead(code, "one passphrase here", "another passphrase"));
			assertThat(mismatch.body()).contains("The two passwords do not match.")
				.doesNotContain("This is not the set-up code");
			HttpResponse<String> common = browser.submit("/setup", "/setup",
					firstLead(code.toLowerCase(), "qwerty123456", "qwerty123456"));
			assertThat(common.body()).contains("one of the most common passwords");
			HttpResponse<String> personal = browser.submit("/setup", "/setup",
					firstLead(code, "amara diallo forever", "amara diallo forever"));
			assertThat(personal.body()).contains("does not contain your name or email");
			assertThat(guildhall.bean(Members.class).anyAccountExists()).isFalse();

			HttpResponse<String> created = browser.submit("/setup", "/setup",
					firstLead(code, "our community starts today", "our community starts today"));
			assertThat(location(created)).endsWith("/login");

			assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
			HttpResponse<String> signedIn = browser.submit("/login", "/login",
					Map.of("username", "amara@guildhall.test", "password", "our community starts today"));
			assertThat(location(signedIn)).doesNotContain("/login");
			assertThat(location(browser.get("/"))).endsWith("/members");
			assertThat(browser.get("/members").body()).contains("Amara Diallo").contains("CoP lead");
			assertThat(auditActions(guildhall)).contains("SET_UP", "SIGN_IN");
		}
		try (RunningGuildhall again = RunningGuildhall.on(this.dataSource, this.database,
				"--guildhall.demo-data.enabled=true")) {
			assertThat(members(again)).as("demo data asked for, refused: the database has a real account").isEqualTo(1);
		}
	}

	@Test
	void guessingTheSetUpCodeWaitsLikeGuessingAPassword() throws Exception {
		try (RunningGuildhall guildhall = RunningGuildhall.on(this.dataSource, this.database,
				"--guildhall.setup-code=TEAM-CHOSEN-CODE")) {
			assertThat(members(guildhall)).isZero();
			FormClient browser = guildhall.client();
			for (int guess = 1; guess <= 10; guess++) {
				HttpResponse<String> answer = browser.submit("/setup", "/setup",
						firstLead("GUESS-" + guess, "our community starts today", "our community starts today"));
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(answer.body()).contains((guess <= SignInThrottle.MOST_FAILURES)
						? "This is not the set-up code" : "set-up waits 15 minutes");
			}
			HttpResponse<String> right = browser.submit("/setup", "/setup",
					firstLead("team-chosen-code", "our community starts today", "our community starts today"));
			assertThat(right.body()).as("the right code waits too").contains("set-up waits 15 minutes");
			assertThat(members(guildhall)).isZero();
		}
	}

	private static long members(RunningGuildhall guildhall) {
		return guildhall.bean(JdbcTemplate.class).queryForObject("select count(*) from members", Long.class);
	}

	private static List<String> auditActions(RunningGuildhall guildhall) {
		return guildhall.bean(JdbcTemplate.class).queryForList("select action from audit_events", String.class);
	}

	private static Map<String, String> firstLead(String code, String password, String confirmation) {
		Map<String, String> fields = new HashMap<>(Map.of("name", "Amara Diallo", "email", "amara@guildhall.test",
				"country", "SN", "timeZone", "Africa/Dakar", "password", password, "confirmation", confirmation));
		fields.put("code", code);
		return fields;
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect").isBetween(300, 399);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
