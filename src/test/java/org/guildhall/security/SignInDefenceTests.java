package org.guildhall.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.RequestDispatcher;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What stands between a guesser and an account: the per-account wait, the per-address
 * limit, the cost and the rules of passwords, and sign-in links that expire.
 */
@GuildhallTest
class SignInDefenceTests {

	private static final String PASSWORD = "the one right passphrase";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void fiveFailuresInFifteenMinutesMakeTheAccountWaitFifteenMinutes() throws Exception {
		Member member = this.fixtures.createWithPassword("Guessed At", PASSWORD);
		for (int guess = 1; guess <= SignInThrottle.MOST_FAILURES; guess++) {
			this.mvc.perform(formLogin().user(member.getEmail()).password("wrong guess " + guess))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("its sign-in waits 15 minutes")));
		assertThat(audit("ACCOUNT_LOCKED", member.getEmail())).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anEmailNobodyHasWaitsTheSameWaySoTheAnswersNeverTellWhichAccountsExist() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID() + "@guildhall.test";
		for (int guess = 1; guess <= SignInThrottle.MOST_FAILURES; guess++) {
			this.mvc.perform(formLogin().user(nobody).password("guess " + guess))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(nobody).password("guess 6")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessfulSignInStartsTheCountAfresh() throws Exception {
		Member member = this.fixtures.createWithPassword("Sometimes Forgetful", PASSWORD);
		failTimes(member, SignInThrottle.MOST_FAILURES - 1);
		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());
		failTimes(member, SignInThrottle.MOST_FAILURES - 1);

		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aLeadSeesLockedAccountsAndFreesOne() throws Exception {
		Member member = this.fixtures.createWithPassword("Locked Out Lucy", PASSWORD);
		failTimes(member, SignInThrottle.MOST_FAILURES);

		String page = this.mvc.perform(get("/accounts/locked").with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Locked Out Lucy");
		Long lock = this.jdbc.queryForObject("select id from sign_in_throttles where member_id = ?", Long.class,
				member.getId());

		this.mvc.perform(post("/accounts/locked/{id}/unlock", lock).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/accounts/locked"));

		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());
		assertThat(audit("ACCOUNT_UNLOCKED", member.getEmail())).isEqualTo(1);
	}

	@Test
	void aSignInLinkFreesALockedAccount() throws Exception {
		Member member = this.fixtures.createWithPassword("Forgot And Locked", PASSWORD);
		failTimes(member, SignInThrottle.MOST_FAILURES);
		String link = issueLink(member);

		this.mvc
			.perform(post(URI.create(link)).param("password", "my fresh passphrase now")
				.param("confirmation", "my fresh passphrase now")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));

		this.mvc.perform(formLogin().user(member.getEmail()).password("my fresh passphrase now"))
			.andExpect(authenticated());
	}

	@Test
	void aHundredParallelWrongPasswordsHoldTheLockAndNoneBreaksAnything() throws Exception {
		Member member = this.fixtures.createWithPassword("Under Attack", PASSWORD);
		List<Integer> statuses = new ArrayList<>();
		List<String> locations = new ArrayList<>();
		ExecutorService attackers = Executors.newFixedThreadPool(20);
		try {
			List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
			for (int guess = 0; guess < 100; guess++) {
				int n = guess;
				guesses.add(attackers.submit(() -> new FormClient(this.port).submit("/login", "/login",
						Map.of("username", member.getEmail(), "password", "parallel guess " + n))));
			}
			for (Future<HttpResponse<String>> guess : guesses) {
				HttpResponse<String> response = guess.get();
				statuses.add(response.statusCode());
				locations.add(response.headers().firstValue("Location").orElse(""));
			}
		}
		finally {
			attackers.shutdownNow();
		}

		assertThat(statuses).containsOnly(302);
		assertThat(locations).allSatisfy((to) -> assertThat(to).matches(".*/login\\?(error|locked)"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where action = 'SIGN_IN' and actor_email = ? and detail = 'wrong email or password'",
				Long.class, member.getEmail()))
			.as("only the first five guesses had their password checked")
			.isEqualTo(SignInThrottle.MOST_FAILURES);
		HttpResponse<String> right = new FormClient(this.port).submit("/login", "/login",
				Map.of("username", member.getEmail(), "password", PASSWORD));
		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?locked"));
	}

	@Test
	void oneAddressThatTriesTooOftenGets429WithRetryAfterWhileOthersGoOn() throws Exception {
		this.jdbc.update("delete from rate_limit_buckets where id = 'sign-in:198.51.100.7'");
		RequestPostProcessor attacker = from("198.51.100.7");
		for (int i = 0; i < 600; i++) {
			this.mvc.perform(get("/sign-in-links/guess-" + i).with(attacker)).andExpect(status().isGone());
		}

		this.mvc.perform(get("/sign-in-links/one-more").with(attacker))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(
				post("/login").param("username", DemoPeople.LEAD).param("password", "any").with(csrf()).with(attacker))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/sign-in-links/someone-else").with(from("203.0.113.77"))).andExpect(status().isGone());
		this.mvc.perform(get("/login").with(attacker)).andExpect(status().isOk());
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429))
			.andExpect(content().string(containsString("Too many attempts")));
	}

	@Test
	void aForwardedAddressIsBelievedOnlyWhenTheForwardHeadersStrategySaysSo() throws Exception {
		new FormClient(this.port).withHeader("X-Forwarded-For", "192.0.2.200").get("/sign-in-links/forwarded");

		assertThat(this.jdbc.queryForList("select id from rate_limit_buckets", String.class))
			.doesNotContain("sign-in:192.0.2.200")
			.containsAnyOf("sign-in:127.0.0.1", "sign-in:0:0:0:0:0:0:0:1");
	}

	@Test
	void aHashMadeWithWeakerSettingsIsReplacedAtTheNextSignIn() throws Exception {
		Member member = this.fixtures.create("Old Hash Holder", Role.MEMBER);
		String weak = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
		this.jdbc.update("update members set password_hash = ? where id = ?", weak, member.getId());

		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());

		String stored = this.jdbc.queryForObject("select password_hash from members where id = ?", String.class,
				member.getId());
		assertThat(weak).contains("m=16384,t=2,p=1");
		assertThat(stored).startsWith("{argon2}").contains("m=19456,t=2,p=1");
		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aCommonPasswordOrOneMadeOfYourNameOrEmailIsRefused() throws Exception {
		Member member = this.fixtures.create("Kavya Common", Role.MEMBER);
		String link = issueLink(member);

		this.mvc
			.perform(post(URI.create(link)).param("password", "1qaz2wsx3edc")
				.param("confirmation", "1qaz2wsx3edc")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "password.common"));
		this.mvc
			.perform(post(URI.create(link)).param("password", "kavyacommon2026!")
				.param("confirmation", "kavyacommon2026!")
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "password.personal"));
		String local = member.getEmail().substring(0, member.getEmail().indexOf('@'));
		this.mvc.perform(
				post(URI.create(link)).param("password", local + "!!").param("confirmation", local + "!!").with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "password.personal"));
		assertThat(this.fixtures.find(member.getId()).canSignIn()).isFalse();

		Member changer = this.fixtures.createWithPassword("Ioana Changer", PASSWORD);
		this.mvc
			.perform(post("/account/password").param("currentPassword", PASSWORD)
				.param("password", "qwerasdfzxcv")
				.param("confirmation", "qwerasdfzxcv")
				.with(csrf())
				.with(user(this.fixtures.principal(changer.getEmail()))))
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "password.common"));
	}

	@Test
	void aResetLinkLastsADayWhileAFirstPasswordLinkLastsAWeek() throws Exception {
		Member newcomer = this.fixtures.create("Newcomer Link", Role.MEMBER);
		Member forgetful = this.fixtures.createWithPassword("Forgetful Link", PASSWORD);
		String first = issueLink(newcomer);
		String reset = issueLink(forgetful);

		this.clock.advance(Duration.ofHours(24).plusMinutes(1));

		this.mvc.perform(get(URI.create(reset))).andExpect(status().isGone());
		this.mvc.perform(get(URI.create(first))).andExpect(status().isOk());
	}

	@Test
	void deactivationRevokesPendingLinksAndALinkOfAnInactiveMemberIsRefused() throws Exception {
		Member leaving = this.fixtures.create("Leaving Soon", Role.MEMBER);
		String link = issueLink(leaving);

		this.mvc
			.perform(post("/members/{id}/deactivate", leaving.getId()).with(csrf()).with(user(this.fixtures.lead())));
		this.mvc
			.perform(post("/members/{id}/reactivate", leaving.getId()).with(csrf()).with(user(this.fixtures.lead())));

		this.mvc.perform(get(URI.create(link))).andExpect(status().isGone());
		this.mvc
			.perform(post(URI.create(link)).param("password", "trying an old link here")
				.param("confirmation", "trying an old link here")
				.with(csrf()))
			.andExpect(status().isGone());

		String fresh = issueLink(leaving);
		this.fixtures.deactivate(leaving);
		this.mvc
			.perform(post(URI.create(fresh)).param("password", "trying while inactive")
				.param("confirmation", "trying while inactive")
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(this.fixtures.find(leaving.getId()).canSignIn()).isFalse();
	}

	@Test
	void aTwelveThousandCharacterPasswordIsRefusedWithoutAServerError() throws Exception {
		Member member = this.fixtures.createWithPassword("Long Typist", PASSWORD);
		this.mvc.perform(formLogin().user(member.getEmail()).password("x".repeat(12_000)))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("y".repeat(12_000) + "@example.com").password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	private void failTimes(Member member, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			this.mvc.perform(formLogin().user(member.getEmail()).password("not it " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
	}

	private String issueLink(Member member) throws Exception {
		String shown = (String) this.mvc
			.perform(post("/members/{id}/sign-in-link", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andReturn()
			.getFlashMap()
			.get("linkUrl");
		return URI.create(shown).getPath();
	}

	private long audit(String action, String email) {
		return this.jdbc.queryForObject("select count(*) from audit_events where action = ? and target_label = ?",
				Long.class, action, email);
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
