package org.guildhall.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.guildhall.member.MemberService;
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
 * A production first run: an empty database, demo data off. Runs a second Guildhall on a
 * database of its own on the same PostgreSQL server as the other tests.
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
	void theFirstVisitCreatesTheFirstLeadAndThenSetUpIsGone() throws Exception {
		HikariDataSource shared = this.dataSource.unwrap(HikariDataSource.class);
		String url = shared.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + this.database + "$1");
		try (RunningGuildhall guildhall = RunningGuildhall.start("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + shared.getUsername(), "--guildhall.demo-data.enabled=false")) {
			assertThat(guildhall.bean(MemberService.class).anyAccountExists()).isFalse();
			FormClient browser = guildhall.client();

			assertThat(location(browser.get("/members"))).endsWith("/login");
			assertThat(location(browser.get("/login"))).endsWith("/setup");
			HttpResponse<String> setup = browser.get("/setup");
			assertThat(setup.statusCode()).isEqualTo(200);
			assertThat(setup.body()).contains("Create the lead account");

			HttpResponse<String> mismatch = browser.submit("/setup", "/setup",
					firstLead("one passphrase here", "another passphrase"));
			assertThat(mismatch.statusCode()).isEqualTo(200);
			assertThat(mismatch.body()).contains("The two passwords do not match.").contains("value=\"Amara Diallo\"");
			assertThat(guildhall.bean(MemberService.class).anyAccountExists()).isFalse();

			HttpResponse<String> created = browser.submit("/setup", "/setup",
					firstLead("our community starts today", "our community starts today"));
			assertThat(location(created)).endsWith("/login");

			assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
			HttpResponse<String> signedIn = browser.submit("/login", "/login",
					Map.of("username", "amara@guildhall.test", "password", "our community starts today"));
			assertThat(location(signedIn)).contains("/members");
			assertThat(location(browser.get("/"))).endsWith("/members");
			assertThat(browser.get("/members").body()).contains("Amara Diallo").contains("CoP lead");
		}
	}

	private static Map<String, String> firstLead(String password, String confirmation) {
		return Map.of("name", "Amara Diallo", "email", "amara@guildhall.test", "country", "SN", "timeZone",
				"Africa/Dakar", "password", password, "confirmation", confirmation);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("a redirect").isBetween(300, 399);
		return response.headers().firstValue("Location").orElseThrow();
	}

}
