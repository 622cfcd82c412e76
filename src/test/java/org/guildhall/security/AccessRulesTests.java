package org.guildhall.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.guildhall.backlog.BacklogFixtures;
import org.guildhall.backlog.BacklogItem;
import org.guildhall.backlog.BacklogItemType;
import org.guildhall.experiment.Experiment;
import org.guildhall.experiment.ExperimentFixtures;
import org.guildhall.league.LeagueFixtures;
import org.guildhall.member.ActingAs;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.MemberService;
import org.guildhall.member.Role;
import org.guildhall.okr.Objective;
import org.guildhall.okr.OkrFixtures;
import org.guildhall.okr.OkrPeriod;
import org.guildhall.session.SessionFixtures;
import org.guildhall.share.KnowledgeShare;
import org.guildhall.share.ShareFixtures;
import org.guildhall.survey.SurveyFixtures;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint, as anonymous, MEMBER, LEAD and MANAGER. POSTs that a role may make are
 * sent with an empty form, so they prove access (the form comes back with errors) without
 * changing anything.
 */
@GuildhallTest
class AccessRulesTests {

	/** What a request leads to. */
	enum Outcome {

		/** Sent to the sign-in page. */
		SIGN_IN,
		/** 403. */
		FORBIDDEN,
		/**
		 * Reached its handler: 200, a redirect that is not to the sign-in page, or 409
		 * (an empty form carries no version).
		 */
		ALLOWED,
		/** 404. */
		NOT_FOUND,
		/** 410. */
		GONE

	}

	private static final Outcome S = Outcome.SIGN_IN;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome A = Outcome.ALLOWED;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	BacklogFixtures backlog;

	@Autowired
	ExperimentFixtures experiments;

	@Autowired
	ShareFixtures shares;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	SurveyFixtures surveys;

	@Autowired
	LeagueFixtures league;

	@Autowired
	ApiTokens tokens;

	@Autowired
	MemberService members;

	private Member other;

	private Map<String, String> ids;

	@BeforeEach
	void createAnotherMemberAndAnObjective() {
		this.other = this.fixtures.create("Access Target", Role.MEMBER);
		OkrPeriod period = this.okrs.period();
		Long goal = this.okrs.goalId("Quality");
		Long owner = this.fixtures.member().id();
		Objective objective = this.okrs.objective(period, "Access target", goal, owner, owner, 1);
		MemberPrincipal member = this.fixtures.member();
		BacklogItem item = this.backlog.raise(member, "Access item", BacklogItemType.OTHER, List.of());
		Experiment experiment = this.experiments.log(member, "Access experiment", "access-service");
		KnowledgeShare share = this.shares.shareOf(member, "Access share");
		MemberPrincipal lead = this.fixtures.lead();
		Long upcoming = this.sessions.plan("Access session", Instant.now().plus(Duration.ofDays(30)), lead.id())
			.getId();
		Long past = this.sessions.plan("Access past session", Instant.now().minus(Duration.ofDays(2))).getId();
		Member core = this.fixtures.createCoreTeam("Access Core", "UTC");
		Long swap = this.sessions.swap(lead, upcoming, core.getId());
		Long leave = this.sessions.leave(this.fixtures.principal(this.other.getEmail()));
		Long round = this.surveys.openRound(lead, "Access round");
		Long answer = this.surveys.answer(this.fixtures.principal(this.other.getEmail()), round, "Access expectation");
		LeagueFixtures.Cast cast = this.league.cast("Access");
		Long pairing = this.league.requested(cast);
		Long activePairing = this.league.active(this.league.cast("Access active"));
		this.ids = Map.of("{objective}", objective.getId().toString(), "{keyResult}",
				objective.getKeyResults().get(0).getId().toString(), "{period}", period.getId().toString(), "{goal}",
				goal.toString(), "{item}", item.getId().toString(), "{experiment}", experiment.getId().toString(),
				"{share}", share.getId().toString());
		this.ids = new HashMap<>(this.ids);
		this.ids.putAll(
				Map.of("{session}", upcoming.toString(), "{pastSession}", past.toString(), "{swap}", swap.toString(),
						"{leave}", leave.toString(), "{round}", round.toString(), "{answer}", answer.toString()));
		this.ids.putAll(Map.of("{pairing}", pairing.toString(), "{activePairing}", activePairing.toString()));
		this.ids.put("{token}",
				this.fixtures
					.asLead(() -> this.tokens.create("Access token", java.util.Set.of(ApiScope.READ_METRICS), 30,
							this.fixtures.lead().id()))
					.id()
					.toString());
	}

	/** Method, path, then the outcome for anonymous, MEMBER, LEAD, MANAGER. */
	static Stream<Arguments> rules() {
		return Stream.of(rule("GET", "/", S, A, A, A), rule("GET", "/members", S, A, A, A),
				rule("GET", "/members/{other}", S, A, A, A), rule("GET", "/members/{self}", S, A, A, A),
				rule("GET", "/members/new", S, F, A, F), rule("POST", "/members/new", S, F, A, F),
				rule("GET", "/members/{other}/edit", S, F, A, F), rule("POST", "/members/{other}/edit", S, F, A, F),
				rule("GET", "/members/{self}/edit", S, A, A, F), rule("POST", "/members/{self}/edit", S, A, A, F),
				rule("GET", "/members/{other}/skills", S, F, A, F), rule("POST", "/members/{other}/skills", S, F, A, F),
				rule("GET", "/members/{self}/skills", S, A, A, F),
				rule("POST", "/members/{other}/deactivate", S, F, A, F),
				rule("POST", "/members/{other}/reactivate", S, F, A, F),
				rule("POST", "/members/{other}/sign-in-link", S, F, A, F),
				rule("GET", "/members/{other}/sign-in-link", S, F, A, F), rule("GET", "/skills", S, A, A, A),
				rule("GET", "/skills/new", S, F, A, F), rule("POST", "/skills/new", S, F, A, F),
				rule("GET", "/skills/1/edit", S, F, A, F), rule("POST", "/skills/1/edit", S, F, A, F),
				rule("GET", "/account/password", S, A, A, A), rule("POST", "/account/password", S, A, A, A),
				rule("GET", "/account/sessions", S, A, A, A), rule("POST", "/account/sessions/end-others", S, A, A, A),
				rule("POST", "/account/sessions/0123456789abcdef0123456789abcdef/end", S, A, A, A),
				rule("GET", "/accounts/locked", S, F, A, F),
				rule("POST", "/accounts/locked/987654321/unlock", S, F, A, F), rule("GET", "/audit", S, F, A, F),
				rule("GET", "/audit?what=SIGN_IN", S, F, A, F), rule("GET", "/audit/export", S, F, A, F),
				rule("GET", "/login", A, A, A, A), rule("GET", "/assets/css/guildhall.css", A, A, A, A),
				rule("GET", "/webjars/bootstrap/dist/css/bootstrap.min.css", A, A, A, A),
				rule("GET", "/favicon.ico", Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
				rule("GET", "/setup", Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
				rule("GET", "/sign-in-links/not-a-token", Outcome.GONE, Outcome.GONE, Outcome.GONE, Outcome.GONE),
				rule("GET", "/actuator/health", A, A, A, A), rule("GET", "/actuator/health/liveness", A, A, A, A),
				rule("GET", "/actuator/health/readiness", A, A, A, A), rule("GET", "/actuator/info", A, A, A, A),
				rule("GET", "/actuator/prometheus", S, F, A, F), rule("GET", "/actuator/metrics", S, F, A, F),
				rule("GET", "/actuator/flyway", S, F, A, F), rule("GET", "/somewhere-unknown", S, F, F, F),
				rule("POST", "/members", S, F, F, F), rule("GET", "/okrs", S, A, A, A),
				rule("GET", "/okrs/dashboard", S, A, A, A), rule("GET", "/okrs/{objective}", S, A, A, A),
				rule("GET", "/okrs/new", S, F, A, F), rule("POST", "/okrs/new", S, F, A, F),
				rule("GET", "/okrs/{objective}/edit", S, F, A, F), rule("POST", "/okrs/{objective}/edit", S, F, A, F),
				rule("GET", "/okrs/key-results/{keyResult}/check-in", S, A, A, F),
				rule("POST", "/okrs/key-results/{keyResult}/check-in", S, A, A, F),
				rule("GET", "/okrs/periods", S, A, A, A), rule("GET", "/okrs/periods/new", S, F, A, F),
				rule("POST", "/okrs/periods/new", S, F, A, F), rule("GET", "/okrs/periods/{period}/edit", S, F, A, F),
				rule("POST", "/okrs/periods/{period}/edit", S, F, A, F),
				rule("GET", "/okrs/periods/{period}/close", S, F, A, F),
				rule("POST", "/okrs/periods/{period}/close", S, F, A, F), rule("GET", "/okrs/goals", S, A, A, A),
				rule("GET", "/okrs/goals/new", S, F, A, F), rule("POST", "/okrs/goals/new", S, F, A, F),
				rule("GET", "/okrs/goals/{goal}/edit", S, F, A, F), rule("POST", "/okrs/goals/{goal}/edit", S, F, A, F),
				rule("GET", "/okrs/export/{period}/objectives.csv", S, A, A, A),
				rule("GET", "/okrs/export/{period}/check-ins.csv", S, A, A, A), rule("GET", "/backlog", S, A, A, A),
				rule("GET", "/backlog?view=board", S, A, A, A), rule("GET", "/backlog/{item}", S, A, A, A),
				rule("GET", "/backlog/new", S, A, A, F), rule("POST", "/backlog/new", S, A, A, F),
				rule("GET", "/backlog/{item}/edit", S, A, A, F), rule("POST", "/backlog/{item}/edit", S, A, A, F),
				rule("POST", "/backlog/{item}/status", S, A, A, F), rule("POST", "/backlog/{item}/drop", S, A, A, F),
				rule("POST", "/backlog/{item}/vote", S, A, A, F), rule("POST", "/backlog/{item}/unvote", S, A, A, F),
				rule("POST", "/backlog/{item}/move", S, F, A, F),
				rule("POST", "/backlog/skill-gaps?skill=1", S, F, A, F), rule("GET", "/experiments", S, A, A, A),
				rule("GET", "/experiments/{experiment}", S, A, A, A), rule("GET", "/experiments/new", S, A, A, F),
				rule("POST", "/experiments/new", S, A, A, F), rule("GET", "/experiments/{experiment}/edit", S, A, A, F),
				rule("POST", "/experiments/{experiment}/edit", S, A, A, F),
				rule("POST", "/experiments/{experiment}/start", S, A, A, F),
				rule("GET", "/experiments/{experiment}/conclude", S, A, A, F),
				rule("POST", "/experiments/{experiment}/conclude", S, A, A, F),
				rule("GET", "/experiments/{experiment}/promote", S, A, A, F),
				rule("POST", "/experiments/{experiment}/promote", S, A, A, F),
				rule("GET", "/experiments/import", S, A, A, F), rule("POST", "/experiments/import", S, A, A, F),
				rule("GET", "/shares", S, A, A, A), rule("GET", "/shares/{share}", S, A, A, A),
				rule("GET", "/shares/new", S, A, A, F), rule("POST", "/shares/new", S, A, A, F),
				rule("GET", "/shares/{share}/edit", S, A, A, F), rule("POST", "/shares/{share}/edit", S, A, A, F),
				rule("GET", "/canvas", S, A, A, A), rule("GET", "/canvas/history", S, A, A, A),
				rule("GET", "/canvas/compare", S, A, A, A), rule("GET", "/canvas/edit", S, F, A, F),
				rule("POST", "/canvas/edit", S, F, A, F), rule("GET", "/sessions", S, A, A, A),
				rule("GET", "/sessions?when=past", S, A, A, A), rule("GET", "/sessions/calendar", S, A, A, A),
				rule("GET", "/sessions/rotation", S, A, A, A), rule("GET", "/sessions/nps", S, A, A, A),
				rule("GET", "/sessions/{session}", S, A, A, A),
				rule("GET", "/sessions/{session}/calendar.ics", S, A, A, A), rule("GET", "/sessions/new", S, F, A, F),
				rule("POST", "/sessions/new", S, F, A, F), rule("GET", "/sessions/{session}/edit", S, F, A, F),
				rule("POST", "/sessions/{session}/edit", S, F, A, F),
				rule("POST", "/sessions/{session}/cancel", S, F, A, F),
				rule("POST", "/sessions/{session}/assign", S, F, A, F),
				rule("POST", "/sessions/{session}/sign-up", S, A, A, F),
				rule("POST", "/sessions/{session}/sign-off", S, A, A, F),
				rule("GET", "/sessions/{pastSession}/attendance", S, F, A, F),
				rule("POST", "/sessions/{pastSession}/attendance", S, F, A, F),
				rule("GET", "/sessions/{pastSession}/feedback", S, F, F, F),
				rule("POST", "/sessions/{pastSession}/feedback", S, F, F, F),
				rule("POST", "/sessions/{session}/volunteer", S, F, A, F),
				rule("POST", "/sessions/{session}/decline", S, F, A, F),
				rule("POST", "/sessions/{session}/swaps", S, F, A, F),
				rule("POST", "/sessions/swaps/{swap}/accept", S, F, F, F),
				rule("POST", "/sessions/swaps/{swap}/decline", S, F, F, F),
				rule("POST", "/sessions/swaps/{swap}/withdraw", S, F, A, F),
				rule("POST", "/sessions/rotation/leave", S, A, A, F),
				rule("POST", "/sessions/rotation/leave/{leave}/delete", S, F, A, F),
				rule("GET", "/sessions/calendar-feed", S, A, A, F),
				rule("POST", "/sessions/calendar-feed/reset", S, A, A, F),
				rule("GET", "/calendar/not-a-token.ics", Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
						Outcome.NOT_FOUND),
				rule("GET", "/surveys", S, A, A, A), rule("GET", "/surveys/latest", S, A, A, A),
				rule("GET", "/surveys/{round}", S, A, A, A), rule("POST", "/surveys/new", S, F, A, F),
				rule("POST", "/surveys/{round}/close", S, F, A, F), rule("GET", "/surveys/{round}/answer", S, A, A, F),
				rule("POST", "/surveys/{round}/answer", S, A, A, F),
				rule("POST", "/surveys/answers/{answer}/backlog-item", S, F, A, F), rule("GET", "/league", S, A, A, A),
				rule("GET", "/league/rules", S, A, A, A), rule("GET", "/league/tables", S, A, A, A),
				rule("GET", "/league/members/{other}", S, A, A, A), rule("GET", "/league/suggestions", S, A, A, F),
				rule("POST", "/league/settings", S, A, A, F), rule("GET", "/league/pairings", S, A, A, A),
				rule("GET", "/league/pairings/{pairing}", S, A, A, A), rule("GET", "/league/pairings/new", S, A, A, F),
				rule("POST", "/league/pairings/new", S, A, A, F),
				rule("POST", "/league/pairings/{pairing}/approve", S, F, A, F),
				rule("POST", "/league/pairings/{pairing}/decline", S, F, A, F),
				rule("GET", "/league/pairings/assignments", S, F, A, F),
				rule("POST", "/league/pairings/assignments", S, F, A, F),
				rule("POST", "/league/pairings/{activePairing}/check-ins", S, F, F, F),
				rule("POST", "/league/pairings/{activePairing}/complete", S, F, F, F),
				rule("POST", "/league/pairings/{activePairing}/end", S, F, A, F), rule("GET", "/metrics", S, A, A, A),
				rule("GET", "/metrics/collaboration", S, A, A, A), rule("GET", "/metrics/experiments", S, A, A, A),
				rule("GET", "/metrics/outcomes", S, A, A, A), rule("GET", "/metrics/roll-ups", S, F, A, F),
				rule("POST", "/metrics/roll-ups", S, F, A, F), rule("POST", "/metrics/roll-ups/backfill", S, F, A, F),
				rule("GET", "/metrics/outcomes/new", S, F, A, F), rule("POST", "/metrics/outcomes/new", S, F, A, F),
				rule("GET", "/metrics/outcomes/import", S, F, A, F),
				rule("POST", "/metrics/outcomes/import", S, F, A, F), rule("GET", "/metrics/tokens", S, F, A, F),
				rule("POST", "/metrics/tokens", S, F, A, F), rule("POST", "/metrics/tokens/{token}/revoke", S, F, A, F),
				rule("GET", "/okrs/key-results/{keyResult}/source", S, F, A, F),
				rule("POST", "/okrs/key-results/{keyResult}/source", S, F, A, F),
				rule("GET", "/picks/contributor?field=ownerId&search:ownerId=ana", S, A, A, A),
				rule("GET", "/picks/not-a-kind?field=x", S, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND),
				rule("GET", "/v3/api-docs", S, A, A, A), rule("GET", "/swagger-ui.html", S, A, A, A));
	}

	private static Arguments rule(String method, String path, Outcome anonymous, Outcome member, Outcome lead,
			Outcome manager) {
		return Arguments.of(method, path,
				Map.of("ANONYMOUS", anonymous, "MEMBER", member, "LEAD", lead, "MANAGER", manager));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("rules")
	void everyRoleGetsWhatItsRuleSays(String method, String path, Map<String, Outcome> expected) throws Exception {
		assertOutcome(method, path, null, expected.get("ANONYMOUS"));
		assertOutcome(method, path, this.fixtures.member(), expected.get("MEMBER"));
		assertOutcome(method, path, this.fixtures.lead(), expected.get("LEAD"));
		assertOutcome(method, path, this.fixtures.manager(), expected.get("MANAGER"));
	}

	/**
	 * Lead-only service methods check the role themselves, so that a URL rule written
	 * wrongly could not open them.
	 */
	@Test
	void leadOnlyServiceMethodsRefuseOthersWhateverTheUrlRules() {
		MemberPrincipal member = this.fixtures.member();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> ActingAs.member(member,
				() -> this.tokens.create("Never made", java.util.Set.of(ApiScope.READ_METRICS), 30, member.id())));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> ActingAs.member(this.fixtures.manager(), () -> this.members.reactivate(this.other.getId())));
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class).as("nobody signed in")
			.isThrownBy(() -> this.members.deactivate(this.fixtures.lead(), this.other.getId()));
		assertThat(this.fixtures.find(this.other.getId()).isActive()).isTrue();
	}

	@Test
	void postWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/members/{id}/deactivate", this.other.getId()).with(user(this.fixtures.lead())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(user(this.fixtures.member()))).andExpect(status().isForbidden());
	}

	/**
	 * Where a page allowed to this actor sends them instead, or null when it answers
	 * itself.
	 */
	private String redirectOf(String path, MemberPrincipal actor) {
		return switch (path) {
			case "/" -> switch (actor.role()) {
				case LEAD -> "/members";
				case MANAGER -> "/okrs/dashboard";
				case MEMBER -> "/members/" + actor.id();
			};
			case "/members/{other}/sign-in-link" -> "/members/" + this.other.getId();
			case "/surveys/latest" -> "/surveys/";
			case "/swagger-ui.html" -> "/swagger-ui/index.html";
			default -> null;
		};
	}

	private void assertOutcome(String method, String path, MemberPrincipal actor, Outcome expected) throws Exception {
		String withOkrs = path;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			withOkrs = withOkrs.replace(id.getKey(), id.getValue());
		}
		String resolved = withOkrs.replace("{other}", this.other.getId().toString())
			.replace("{self}", (actor != null) ? actor.id().toString() : this.other.getId().toString());
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), resolved);
		if (method.equals("POST")) {
			request.with(csrf());
		}
		if (actor != null) {
			request.with(user(actor));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		String who = (actor != null) ? actor.role().name() : "anonymous";
		String description = who + " " + method + " " + resolved + " -> " + status + " " + location;
		switch (expected) {
			case SIGN_IN -> assertThat(location).as(description).endsWith("/login");
			case FORBIDDEN -> assertThat(status).as(description).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).as(description).isEqualTo(404);
			case GONE -> assertThat(status).as(description).isEqualTo(410);
			case ALLOWED -> {
				String redirect = (actor != null) ? redirectOf(path, actor) : null;
				if (method.equals("GET") && redirect == null) {
					assertThat(status).as(description).isEqualTo(200);
					if (result.getModelAndView() != null) {
						assertThat(result.getModelAndView().getViewName()).as(description).doesNotStartWith("error");
					}
				}
				else if (method.equals("GET")) {
					assertThat(status).as(description).isBetween(300, 399);
					assertThat(location).as(description).startsWith(redirect);
				}
				else {
					// A POST without its form's fields either does the work and
					// redirects, or
					// shows the form again with what is missing, or finds the record
					// changed.
					assertThat(status).as(description).isIn(200, 302, 303, 409);
					assertThat(location).as(description)
						.satisfiesAnyOf((url) -> assertThat(url).isNull(),
								(url) -> assertThat(url).doesNotEndWith("/login"));
				}
			}
		}
	}

}
