package org.guildhall.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.RunningGuildhall;
import org.guildhall.support.TestClock;
import org.guildhall.web.Flash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Sign-in sessions live in PostgreSQL and end when their member's rights or password
 * change. Members sign in over HTTP, as browsers do; leads act through MockMvc.
 */
@GuildhallTest
class SessionsTests {

	private static final String PASSWORD = "sessions end when rights change";

	private static final Pattern HANDLE = Pattern.compile("/account/sessions/([0-9a-f]{32})/end");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void deactivatingAMemberEndsEverySessionTheyAreSignedInWith() throws Exception {
		Member member = this.fixtures.createWithPassword("Soon Deactivated", PASSWORD);
		FormClient laptop = signedIn(member, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
		FormClient phone = signedIn(member, "Mozilla/5.0 (iPhone) Safari/605.1.15");

		MvcResult deactivated = this.mvc
			.perform(post("/members/{id}/deactivate", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/members/" + member.getId()))
			.andReturn();

		assertThat(flash(deactivated).code()).isEqualTo("flash.member.deactivated");
		assertThat(flash(deactivated).args()).as("the page says how many sessions were ended").containsExactly(2);
		assertSignedOut(laptop);
		assertSignedOut(phone);
	}

	@Test
	void aNewRoleOrCoreTeamFlagEndsTheMembersSessionsButOtherEditsDoNot() throws Exception {
		Member member = this.fixtures.createWithPassword("Changing Rights", PASSWORD);
		FormClient browser = signedIn(member, null);

		this.mvc.perform(edit(member, "MEMBER", false, "Renamed Rights"))
			.andExpect(redirectedUrl("/members/" + member.getId()));
		assertThat(browser.get("/members").statusCode()).as("a new name ends nothing").isEqualTo(200);

		this.mvc.perform(edit(this.fixtures.find(member.getId()), "MEMBER", true, "Renamed Rights"))
			.andExpect(redirectedUrl("/members/" + member.getId()));
		assertSignedOut(browser);

		FormClient again = signedIn(member, null);
		this.mvc.perform(edit(this.fixtures.find(member.getId()), "MANAGER", true, "Renamed Rights"))
			.andExpect(redirectedUrl("/members/" + member.getId()));
		assertSignedOut(again);
		assertThat(signedIn(member, null).get("/backlog/new").statusCode()).as("signed in again as a manager")
			.isEqualTo(403);
	}

	@Test
	void changingYourPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		Member member = this.fixtures.createWithPassword("Password Changer Sessions", PASSWORD);
		FormClient here = signedIn(member, null);
		FormClient elsewhere = signedIn(member, null);

		HttpResponse<String> changed = here.submit("/account/password", "/account/password",
				Map.of("currentPassword", PASSWORD, "password", "a brand new passphrase for me", "confirmation",
						"a brand new passphrase for me"));

		assertThat(location(changed)).isEqualTo("/members/" + member.getId());
		assertThat(here.get("/members/" + member.getId()).body())
			.contains("The other browser you were signed in with was signed out.");
		assertSignedOut(elsewhere);
	}

	@Test
	void usingASignInLinkEndsEverySessionOfItsMember() throws Exception {
		Member member = this.fixtures.createWithPassword("Link Resets Sessions", PASSWORD);
		FormClient browser = signedIn(member, null);

		String link = URI.create((String) this.mvc
			.perform(post("/members/{id}/sign-in-link", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andReturn()
			.getFlashMap()
			.get("linkUrl")).getPath();
		HttpResponse<String> set = new FormClient(this.port).submit(link, link,
				Map.of("password", "reset by a link from my lead", "confirmation", "reset by a link from my lead"));

		assertThat(location(set)).isEqualTo("/login");
		assertSignedOut(browser);
	}

	@Test
	void aMemberSeesWhereTheyAreSignedInAndEndsOneOrAllTheOthers() throws Exception {
		Member member = this.fixtures.createWithPassword("Many Browsers", PASSWORD);
		FormClient here = signedIn(member, "Mozilla/5.0 (Windows NT 10.0) Chrome/150.0 Safari/537.36");
		FormClient phone = signedIn(member, "Mozilla/5.0 (Linux; Android 15) Chrome/150.0 Mobile Safari/537.36");
		FormClient tablet = signedIn(member, "Mozilla/5.0 (iPad; CPU OS 18_0) Safari/605.1.15");

		String page = here.get("/account/sessions").body();
		assertThat(page).contains("Chrome on Windows").contains("Chrome on Android").contains("Safari on iPad");
		assertThat(page).contains("This browser");
		List<String> handles = handles(page);
		assertThat(handles).as("every session but this one has its button").hasSize(2);

		HttpResponse<String> ended = here.submit("/account/sessions", "/account/sessions/" + handles.get(0) + "/end",
				Map.of());
		assertThat(location(ended)).isEqualTo("/account/sessions");
		assertThat(signedInCount(phone, tablet)).isEqualTo(1);

		here.submit("/account/sessions", "/account/sessions/end-others", Map.of());
		assertThat(signedInCount(phone, tablet)).isZero();
		assertThat(here.get("/members").statusCode()).isEqualTo(200);
		assertThat(here.get("/account/sessions").body()).contains("the only place you are signed in");
	}

	@Test
	void aMemberCannotEndAnotherMembersSessionByItsHandle() throws Exception {
		Member victim = this.fixtures.createWithPassword("Session Victim", PASSWORD);
		FormClient victimHere = signedIn(victim, null);
		signedIn(victim, null);
		String victimsOther = handles(victimHere.get("/account/sessions").body()).get(0);
		FormClient attacker = signedIn(this.fixtures.createWithPassword("Session Attacker", PASSWORD), null);

		attacker.submit("/account/sessions", "/account/sessions/" + victimsOther + "/end", Map.of());

		assertThat(attacker.get("/account/sessions").body()).contains("That session had already ended.");
		assertThat(handles(victimHere.get("/account/sessions").body())).containsExactly(victimsOther);
	}

	@Test
	void aSessionEndsAWeekAfterSignInHoweverActiveItWas() throws Exception {
		FormClient browser = signedIn(this.fixtures.createWithPassword("Busy All Week", PASSWORD), null);
		this.clock.advance(Duration.ofDays(6).plusHours(23));
		assertThat(browser.get("/members").statusCode()).isEqualTo(200);

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));

		assertSignedOut(browser);
	}

	@Test
	void twoInstancesOnOneDatabaseShareSessions() throws Exception {
		Member member = this.fixtures.createWithPassword("Seen By Two Instances", PASSWORD);
		FormClient first = signedIn(member, null);
		try (RunningGuildhall other = RunningGuildhall.on(this.dataSource, null)) {
			FormClient second = first.at(other.port());

			assertThat(second.get("/members/" + member.getId()).statusCode()).isEqualTo(200);
			assertThat(second.get("/account/sessions").body()).contains("This browser");

			second.submit("/members", "/logout", Map.of());
			assertSignedOut(first);
		}
	}

	@Test
	void pagesOfOneSessionLoadedAtOnceAllAnswer() throws Exception {
		Member member = this.fixtures.createWithPassword("Many Tabs", PASSWORD);
		FormClient browser = signedIn(member, null);

		// each page renders a form, so each first asks the session for its CSRF token
		List<Callable<Integer>> tabs = IntStream.range(0, 12)
			.<Callable<Integer>>mapToObj((tab) -> () -> browser.get("/backlog/new").statusCode())
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : pool.invokeAll(tabs)) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private FormClient signedIn(Member member, String userAgent) throws Exception {
		FormClient client = new FormClient(this.port);
		if (userAgent != null) {
			client = client.withHeader("User-Agent", userAgent);
		}
		return client.signIn(member.getEmail(), PASSWORD);
	}

	private static void assertSignedOut(FormClient browser) throws Exception {
		HttpResponse<String> next = browser.get("/members");
		assertThat(next.statusCode()).as("sent to sign in").isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private static int signedInCount(FormClient... browsers) throws Exception {
		int count = 0;
		for (FormClient browser : browsers) {
			count += (browser.get("/members").statusCode() == 200) ? 1 : 0;
		}
		return count;
	}

	private static List<String> handles(String page) {
		Matcher matcher = HANDLE.matcher(page);
		return matcher.results().map((found) -> found.group(1)).toList();
	}

	private static Flash flash(MvcResult result) {
		return (Flash) result.getFlashMap().get("flash");
	}

	private MockHttpServletRequestBuilder edit(Member member, String role, boolean coreTeam, String name) {
		MemberPrincipal lead = this.fixtures.lead();
		return post("/members/{id}/edit", member.getId()).param("id", member.getId().toString())
			.param("version", member.getVersion().toString())
			.param("name", name)
			.param("email", member.getEmail())
			.param("country", member.getCountry())
			.param("timeZone", member.getTimeZone())
			.param("role", role)
			.param("coreTeam", Boolean.toString(coreTeam))
			.param("joinedOn", member.getJoinedOn().toString())
			.with(csrf())
			.with(user(lead));
	}

}
