package org.guildhall.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.guildhall.backlog.BacklogFixtures;
import org.guildhall.backlog.BacklogItem;
import org.guildhall.backlog.BacklogItemType;
import org.guildhall.league.LeagueFixtures;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.session.CommunitySession;
import org.guildhall.session.SessionFixtures;
import org.guildhall.support.FormClient;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a web scanner sent that used to end in a server error: control characters, forged
 * tokens, redirect targets and oversized lists. Each gets a clear answer and changes
 * nothing.
 */
@GuildhallTest
class BadInputTests {

	private static final String NUL = "\u0000";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	BacklogFixtures backlog;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	LeagueFixtures league;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aControlCharacterInASearchIsDropped() throws Exception {
		MemberPrincipal member = this.members.member();
		this.mvc.perform(get("/members").param("q", "Mat" + NUL + "eo").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mateo Rodríguez")));
		this.mvc.perform(get("/experiments").param("q", "chaos" + NUL).with(user(member))).andExpect(status().isOk());
		this.mvc.perform(get("/shares").param("q", NUL).with(user(member))).andExpect(status().isOk());
	}

	@Test
	void aControlCharacterInAFormFieldIsRefusedNextToItAndNothingIsSaved() throws Exception {
		MemberPrincipal member = this.members.member();
		long items = count("backlog_items");
		this.mvc
			.perform(post("/backlog/new").param("title", "Bad" + NUL + "title")
				.param("type", "OTHER")
				.with(csrf())
				.with(user(member)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("item", "title", "typeMismatch"))
			.andExpect(content().string(containsString("Remove the invisible control characters")));
		assertThat(count("backlog_items")).isEqualTo(items);

		long shares = count("knowledge_shares");
		this.mvc
			.perform(post("/shares/new").param("title", NUL + "A share")
				.param("kind", "HOW_TO")
				.param("body", "Body")
				.with(csrf())
				.with(user(member)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("share", "title", "typeMismatch"));
		assertThat(count("knowledge_shares")).isEqualTo(shares);
	}

	@Test
	void aControlCharacterInFeedbackOrAPairingCheckInIsRefused() throws Exception {
		MemberPrincipal attendee = this.members.principal(this.members.create("Nul Attendee", Role.MEMBER).getEmail());
		CommunitySession session = this.sessions.plan("Nul session", Instant.now().minus(Duration.ofHours(3)));
		this.sessions.attended(session.getId(), List.of(attendee.id()));
		this.mvc
			.perform(post("/sessions/{id}/feedback", session.getId()).param("score", "9")
				.param("comment", "Great" + NUL)
				.with(user(attendee))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("feedback", "comment", "typeMismatch"));
		assertThat(this.sessions.answersTo(session.getId())).isZero();

		LeagueFixtures.Cast cast = this.league.cast("Nul pairing");
		Long pairing = this.league.active(cast);
		this.mvc.perform(checkIn(pairing, cast.hero(), "check-ins").param("nextStep", "next" + NUL))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("checkIn", "nextStep", "typeMismatch"));
		this.mvc.perform(checkIn(pairing, cast.hero(), "complete").param("text", "closing" + NUL))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("checkIn", "text", "typeMismatch"));
		assertThat(this.jdbc.queryForObject("select count(*) from pairing_check_ins where pairing_id = ?", Long.class,
				pairing))
			.isZero();
	}

	@Test
	void aCheckInOnAPairingThatNoLongerRunsIsRefusedAtTheTopOfTheForm() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Finished pairing");
		Long pairing = this.league.active(cast);
		this.league.completeAsHero(cast, pairing);

		this.mvc.perform(checkIn(pairing, cast.sidekick(), "check-ins"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("checkIn"));
		this.mvc.perform(checkIn(pairing, cast.hero(), "complete").param("raiseSkillId", "999999999"))
			.andExpect(status().isOk());
	}

	@Test
	void anUploadCarriesItsTokenInTheBodyAndAForgedOneInTheQueryStringIsRefusedWith403() throws Exception {
		FormClient member = new FormClient(this.port).signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);
		String token = member.csrfToken("/experiments/import");

		HttpResponse<String> forged = upload(member, "/experiments/import?_csrf=forged", null);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("You can't do that here").doesNotContain("Exception");

		HttpResponse<String> genuine = upload(member, "/experiments/import", token);
		assertThat(genuine.statusCode()).as("the token in the body is read").isEqualTo(200);
		assertThat(genuine.body()).contains("id=\"import-problem\"");
	}

	/**
	 * A multipart upload of an empty journal, with the token as a body part when given.
	 */
	private HttpResponse<String> upload(FormClient client, String path, String token) throws Exception {
		String boundary = "guildhall-boundary";
		StringBuilder body = new StringBuilder();
		if (token != null) {
			body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
				.append(token)
				.append("\r\n");
		}
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"service\"\r\n\r\ncheckout\r\n");
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"journal\"; filename=\"journal.json\"\r\n")
			.append("Content-Type: application/json\r\n\r\n{}\r\n--")
			.append(boundary)
			.append("--\r\n");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Cookie", "SESSION=" + client.cookie("SESSION"))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aReturnPathOutsideTheBacklogFallsBackToTheItem() throws Exception {
		MemberPrincipal member = this.members.member();
		BacklogItem item = this.backlog.raise(member, "Vote and return", BacklogItemType.OTHER, List.of());
		for (String back : List.of("/backlog/../../../etc/passwd", "//evil.example/backlog", "https://evil.example/",
				"/backlog\\..\\admin", "/members", "/backlog/%2e%2e/admin")) {
			this.mvc
				.perform(post("/backlog/{id}/vote", item.getId()).param("back", back).with(csrf()).with(user(member)))
				.andExpect(redirectedUrl("/backlog/" + item.getId()));
			this.mvc
				.perform(post("/backlog/{id}/unvote", item.getId()).param("back", back).with(csrf()).with(user(member)))
				.andExpect(redirectedUrl("/backlog/" + item.getId()));
		}
		this.mvc
			.perform(post("/backlog/{id}/vote", item.getId()).param("back", "/backlog?status=IDEA&page=2")
				.with(csrf())
				.with(user(member)))
			.andExpect(redirectedUrl("/backlog?status=IDEA&page=2"));
	}

	@Test
	void aThousandIdsInOneFieldAreRefusedAndNothingIsStored() throws Exception {
		MemberPrincipal member = this.members.member();
		long experiments = count("experiments");
		MockHttpServletRequestBuilder request = post("/experiments/new").param("title", "Too many co-authors")
			.param("kind", "CHAOS")
			.param("hypothesis", "It holds")
			.with(csrf())
			.with(user(member));
		IntStream.rangeClosed(1, 1000).forEach((id) -> request.param("coAuthorIds", Integer.toString(id)));

		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("experiment", "coAuthorIds", "Size"))
			.andExpect(content().string(containsString("Choose at most 20.")));
		assertThat(count("experiments")).isEqualTo(experiments);
	}

	@Test
	void aControlCharacterInAPasswordFormOrAOneClickReasonGetsAnAnswerNotAnError() throws Exception {
		MemberPrincipal member = this.members.member();
		this.mvc
			.perform(post("/account/password").param("currentPassword", "not" + NUL + "it")
				.param("password", "a new passphrase here")
				.param("confirmation", "a new passphrase here")
				.with(csrf())
				.with(user(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("control characters")));
		BacklogItem item = this.backlog.raise(member, "Dropped with a bad reason", BacklogItemType.OTHER, List.of());
		this.mvc
			.perform(post("/backlog/{id}/drop", item.getId()).param("reason", "because" + NUL)
				.with(csrf())
				.with(user(member)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("could not read")));
		assertThat(this.backlog.find(item.getId()).getStatus().name()).isEqualTo("IDEA");
		this.mvc
			.perform(
					post("/login").param("username", "lead" + NUL + "@example.com").param("password", "x").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	private MockHttpServletRequestBuilder checkIn(Long pairing, MemberPrincipal actor, String action) {
		return post("/league/pairings/{id}/" + action, pairing).param("metOn", LocalDate.now().toString())
			.param("text", "We paired on an incident review")
			.with(user(actor))
			.with(csrf());
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
