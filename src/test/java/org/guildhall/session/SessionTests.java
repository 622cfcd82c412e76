package org.guildhall.session;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.guildhall.web.PageLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
@RecordApplicationEvents
class SessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aLeadPlansInTheirZoneAndEachViewerSeesTheirOwnTimeWithTheFacilitatorsBeside() throws Exception {
		Member facilitator = this.members.create("Kolkata Facilitator", Role.MEMBER, "IN", "Asia/Kolkata", "Cloud",
				"SRE engineer");
		LocalDate january = LocalDate.of(LocalDate.now(ZoneOffset.UTC).getYear() + 1, 1, 20);

		String location = this.mvc
			.perform(plan("Zones workshop", january.toString(), "15:00", "Europe/Madrid").param("facilitatorIds",
					facilitator.getId().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Long id = Long.valueOf(location.replace("/sessions/", ""));
		assertThat(this.sessions.find(id).getStartsAt()).isEqualTo(january.atTime(14, 0).toInstant(ZoneOffset.UTC));
		// member@example.com lives in Bogotá
		this.mvc.perform(get(location).with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("09:00–10:30 COT")))
			.andExpect(content().string(containsString("19:30–21:00 IST for Kolkata Facilitator")));
	}

	@Test
	void aTimeTheClocksSkipIsExplainedNextToTheFieldAndNothingIsPlanned() throws Exception {
		// Madrid moves from 02:00 to 03:00 on the last Sunday of March
		LocalDate lastSundayOfMarch = LocalDate.of(2027, 3, 28);

		this.mvc.perform(plan("Never planned DST", lastSundayOfMarch.toString(), "02:30", "Europe/Madrid"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("session", "time", "session.time.skipped"))
			.andExpect(content().string(containsString("Never planned DST")));
		this.mvc.perform(get("/sessions").param("when", "past").with(user(this.members.lead())))
			.andExpect(content().string(not(containsString("Never planned DST"))));
	}

	@Test
	void aSessionNeedsAnOnlineLinkOrAPlace() throws Exception {
		this.mvc
			.perform(post("/sessions/new").param("title", "Nowhere session")
				.param("format", "HACKATHON")
				.param("date", LocalDate.now().plusDays(9).toString())
				.param("time", "10:00")
				.param("timeZone", "UTC")
				.param("durationMinutes", "60")
				.param("onlineLink", "")
				.param("place", " ")
				.with(user(this.members.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("session", "onlineLink", "session.where.missing"));
	}

	@Test
	void membersSignUpAndOffAndTheLastPlaceGoesOnce() throws Exception {
		String location = this.mvc.perform(
				plan("One place only", LocalDate.now().plusDays(10).toString(), "10:00", "UTC").param("capacity", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.replace("/sessions/", ""));
		MemberPrincipal first = principal("First Comer");
		MemberPrincipal second = principal("Second Comer");

		this.mvc.perform(post("/sessions/{id}/sign-up", id).with(user(first)).with(csrf()))
			.andExpect(flash().attributeExists("flash"));
		this.mvc.perform(post("/sessions/{id}/sign-up", id).with(user(second)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sessions.find(id).getSignUpIds()).containsExactly(first.id());

		this.mvc.perform(post("/sessions/{id}/sign-off", id).with(user(first)).with(csrf()));
		this.mvc.perform(post("/sessions/{id}/sign-up", id).with(user(second)).with(csrf()));
		assertThat(this.sessions.find(id).getSignUpIds()).containsExactly(second.id());
		this.mvc.perform(get("/sessions").param("mine", "true").with(user(second)))
			.andExpect(content().string(containsString("One place only")));
	}

	@Test
	void onlyAFacilitatorOrALeadRecordsAttendanceWhichMakesASessionCrossFunctional() throws Exception {
		MemberPrincipal facilitator = principal("Attendance Facilitator");
		MemberPrincipal payments = principal("Payments Attendee");
		MemberPrincipal mobile = principal("Mobile Attendee");
		CommunitySession session = this.sessions.plan("Attendance check", Instant.now().minus(Duration.ofDays(1)),
				facilitator.id());

		this.mvc.perform(get("/sessions/{id}/attendance", session.getId()).with(user(payments)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/sessions/{id}/attendance", session.getId()).param("attendeeIds", payments.id().toString())
				.with(user(payments))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.sessions.find(session.getId()).getAttendeeIds()).isEmpty();

		this.mvc
			.perform(post("/sessions/{id}/attendance", session.getId()).param("attendeeIds", payments.id().toString())
				.param("others", mobile.id().toString())
				.with(user(facilitator))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.sessions.find(session.getId()).getAttendeeIds()).containsExactlyInAnyOrder(payments.id(),
				mobile.id());
		assertThat(this.events.stream(SessionHeld.class).filter((e) -> e.sessionId().equals(session.getId())))
			.singleElement()
			.satisfies((held) -> {
				assertThat(held.crossFunctional()).isTrue();
				assertThat(held.attendeeIds()).containsExactlyInAnyOrder(payments.id(), mobile.id());
				assertThat(held.facilitatorIds()).containsExactly(facilitator.id());
			});
		this.mvc.perform(get("/sessions/{id}", session.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("id=\"cross-functional\"")));
	}

	@Test
	void theAttendanceFormTicksWhoSignedUp() throws Exception {
		MemberPrincipal signedUp = principal("Ticked Attendee");
		CommunitySession session = this.sessions.plan("Ticks", Instant.now().plus(Duration.ofHours(1)));
		this.mvc.perform(post("/sessions/{id}/sign-up", session.getId()).with(user(signedUp)).with(csrf()));
		this.clock.advance(Duration.ofHours(3));

		Document form = page("/sessions/" + session.getId() + "/attendance", this.members.lead());

		assertThat(form.select("input[name=attendeeIds][checked]")).extracting((input) -> input.attr("value"))
			.containsExactly(signedUp.id().toString());
	}

	@Test
	void attendanceWaitsForTheSessionToStart() throws Exception {
		CommunitySession session = this.sessions.plan("Not started yet", Instant.now().plus(Duration.ofDays(3)));

		this.mvc.perform(get("/sessions/{id}/attendance", session.getId()).with(user(this.members.lead())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void anAttendeeAnswersOnceChangesTheirMindWithinAWeekAndThenTheAnswerStands() throws Exception {
		MemberPrincipal attendee = principal("Feedback Attendee");
		MemberPrincipal stranger = principal("Feedback Stranger");
		CommunitySession session = this.sessions.plan("Feedback once", Instant.now().minus(Duration.ofHours(3)));
		this.sessions.attended(session.getId(), List.of(attendee.id()));

		this.mvc.perform(get("/sessions/{id}/feedback", session.getId()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(feedback(session, stranger, "10", "")).andExpect(status().isForbidden());

		this.mvc.perform(feedback(session, attendee, "11", "too high"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("feedback", "score"))
			.andExpect(content().string(containsString("too high")));
		this.mvc.perform(feedback(session, attendee, "9", "Loved it")).andExpect(status().is3xxRedirection());
		this.mvc.perform(feedback(session, attendee, "3", "On second thought")).andExpect(status().is3xxRedirection());

		assertThat(this.sessions.answersTo(session.getId())).isEqualTo(1);
		assertThat(this.events.stream(FeedbackGiven.class).filter((e) -> e.sessionId().equals(session.getId())))
			.extracting(FeedbackGiven::score, FeedbackGiven::changed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(9, false),
					org.assertj.core.groups.Tuple.tuple(3, true));

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		this.mvc.perform(feedback(session, attendee, "10", "Too late"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can no longer be changed")));
		this.mvc.perform(get("/sessions/{id}", session.getId()).with(user(attendee)))
			.andExpect(content().string(containsString("Your answer: 3/10.")));
	}

	@Test
	void attendeesAreAskedHowItWentUntilTheyAnswer() throws Exception {
		MemberPrincipal attendee = principal("Prompted Attendee");
		CommunitySession session = this.sessions.plan("Prompted session", Instant.now().minus(Duration.ofDays(1)));
		CommunitySession old = this.sessions.plan("Long ago session", Instant.now().minus(Duration.ofDays(30)));
		this.sessions.attended(session.getId(), List.of(attendee.id()));
		this.sessions.attended(old.getId(), List.of(attendee.id()));

		assertThat(page("/sessions", attendee).select("#awaiting-feedback a")).extracting((a) -> a.text())
			.containsExactly("Score “Prompted session”");

		this.mvc.perform(feedback(session, attendee, "8", ""));

		assertThat(page("/sessions", attendee).select("#awaiting-feedback")).isEmpty();
	}

	@Test
	void feedbackOpensWhenTheSessionIsOver() throws Exception {
		MemberPrincipal attendee = principal("Early Attendee");
		CommunitySession session = this.sessions.plan("Still running", Instant.now().minus(Duration.ofMinutes(10)));
		this.sessions.attended(session.getId(), List.of(attendee.id()));

		this.mvc.perform(feedback(session, attendee, "9", "")).andExpect(status().is3xxRedirection());

		assertThat(this.sessions.answersTo(session.getId())).isZero();
	}

	@Test
	void facilitatorsAndLeadsReadTheScoreAndCommentsButNeverWhoWroteThem() throws Exception {
		MemberPrincipal facilitator = principal("Anonymity Facilitator");
		MemberPrincipal alice = principal("Alice Anonymous");
		MemberPrincipal bob = principal("Bob Anonymous");
		MemberPrincipal carol = principal("Carol Anonymous");
		CommunitySession session = this.sessions.plan("Anonymous feedback", Instant.now().minus(Duration.ofDays(2)),
				facilitator.id());
		this.sessions.attended(session.getId(), List.of(alice.id(), bob.id(), carol.id()));
		this.sessions.answered(session.getId(), alice.id(), 10, "Alice thought it was great");
		this.sessions.answered(session.getId(), bob.id(), 6, "Too many slides");

		Document twoAnswers = page("/sessions/" + session.getId(), facilitator);
		assertThat(twoAnswers.select("#session-nps").text()).isEqualTo("not enough answers");
		assertThat(twoAnswers.select("#comments li")).extracting((li) -> li.text())
			.containsExactly("Alice thought it was great", "Too many slides");
		assertThat(twoAnswers.select("#feedback").text()).doesNotContain("Alice Anonymous", "Bob Anonymous");

		this.sessions.answered(session.getId(), carol.id(), 9, null);
		assertThat(page("/sessions/" + session.getId(), this.members.lead()).select("#session-nps").text())
			.as("2 promoters, 1 detractor of 3")
			.isEqualTo("+33");
		assertThat(page("/sessions/" + session.getId(), carol).select("#comments")).as("an attendee sees no comments")
			.isEmpty();
	}

	@Test
	void theCalendarFileParsesBackToTheSession() throws Exception {
		CommunitySession session = this.sessions.plan("Calendar; with, commas", Instant.parse("2027-02-03T16:30:00Z"));

		String ics = this.mvc
			.perform(get("/sessions/{id}/calendar.ics", session.getId()).with(user(this.members.member())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		ICalendar calendar = Biweekly.parse(ics).first();
		VEvent event = calendar.getEvents().get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("Calendar; with, commas (Workshop)");
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-02-03T16:30:00Z"));
		assertThat(event.getDuration().getValue().toMillis()).isEqualTo(Duration.ofHours(1).toMillis());
		assertThat(event.getUid().getValue()).isEqualTo("session-" + session.getId() + "@guildhall");
		assertThat(event.getUrl().getValue()).endsWith("/sessions/" + session.getId());
	}

	@Test
	void aPersonalFeedListsTheMembersSessionsUntilTheyResetItsAddress() throws Exception {
		MemberPrincipal member = principal("Feed Reader");
		CommunitySession mine = this.sessions.plan("In my feed", Instant.now().plus(Duration.ofDays(4)));
		this.sessions.plan("Not in my feed", Instant.now().plus(Duration.ofDays(5)));
		this.mvc.perform(post("/sessions/{id}/sign-up", mine.getId()).with(user(member)).with(csrf()));

		assertThat(this.mvc.perform(get("/sessions/calendar-feed").with(user(member)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("You have no calendar address yet").doesNotContain("/calendar/");
		String address = newFeedAddress(member);
		assertThat(this.mvc.perform(get("/sessions/calendar-feed").with(user(member)))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("shown once, never again").doesNotContain(address);
		String ics = this.mvc.perform(get(address))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<VEvent> events = Biweekly.parse(new StringReader(ics)).first().getEvents();
		assertThat(events).extracting((event) -> event.getSummary().getValue())
			.containsExactly("In my feed (Workshop)");

		String newer = newFeedAddress(member);

		this.mvc.perform(get(address)).andExpect(status().isNotFound());
		assertThat(newer).isNotEqualTo(address);
		this.mvc.perform(get(newer)).andExpect(status().isOk());
		this.mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void aBusyDayShowsItsFirstSessionsOnTheMonthAndEveryOneOnItsOwnList() throws Exception {
		MemberPrincipal viewer = principal("Busy Day Viewer");
		ZonedDateTime day = ZonedDateTime.of(2031, 5, 14, 9, 0, 0, 0, viewer.timeZone());
		for (int n = 0; n < 5; n++) {
			this.sessions.plan("Busy day " + n, day.plusHours(n).toInstant());
		}

		Document month = page("/sessions/calendar?month=2031-05", viewer);
		assertThat(month.select("#calendar a:contains(Busy day)")).hasSize(3);
		assertThat(month.select("#calendar a:contains(2 more)").attr("href"))
			.isEqualTo("/sessions/calendar?day=2031-05-14#day");

		Document list = page("/sessions/calendar?day=2031-05-14", viewer);
		assertThat(list.select("#day a").eachText()).containsExactly("09:00 Busy day 0", "10:00 Busy day 1",
				"11:00 Busy day 2", "12:00 Busy day 3", "13:00 Busy day 4");
	}

	@Test
	void aSessionWithoutFacilitatorShowsTheSuggestedCoreTeamMemberAndWhy() throws Exception {
		this.members.createCoreTeam("Suggestible Core", "Europe/Madrid");
		CommunitySession session = this.sessions.plan("Who takes it", Instant.now().plus(Duration.ofDays(300)));

		Document page = page("/sessions/" + session.getId(), this.members.lead());

		assertThat(page.select("#suggested").text()).isNotBlank();
		assertThat(page.select("#suggestion-reasons li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select("#suggestion-reasons").text()).contains("90 days before this one");
		assertThat(page.select("#suggestion button").text()).contains("Ask " + page.select("#suggested").text());
	}

	@Test
	void aCoreTeamMemberTakesOrDeclinesASessionButOthersCannot() throws Exception {
		MemberPrincipal core = this.members.principal(this.members.createCoreTeam("Willing Core", "UTC").getEmail());
		MemberPrincipal declining = this.members
			.principal(this.members.createCoreTeam("Declining Core", "UTC").getEmail());
		MemberPrincipal outsider = principal("Not Core");
		CommunitySession session = this.sessions.plan("Volunteers wanted", Instant.now().plus(Duration.ofDays(40)));

		this.mvc.perform(post("/sessions/{id}/volunteer", session.getId()).with(user(outsider)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/sessions/{id}/decline", session.getId()).with(user(declining)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/sessions/{id}/volunteer", session.getId()).with(user(core)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.sessions.find(session.getId()).getFacilitatorIds()).containsExactly(core.id());
	}

	@Test
	void aFacilitatorProposesASwapThatOnlyTheOtherMemberAnswers() throws Exception {
		MemberPrincipal from = this.members.principal(this.members.createCoreTeam("Swap From", "UTC").getEmail());
		MemberPrincipal to = this.members.principal(this.members.createCoreTeam("Swap To", "UTC").getEmail());
		CommunitySession session = this.sessions.plan("Swap me", Instant.now().plus(Duration.ofDays(20)), from.id());

		this.mvc
			.perform(post("/sessions/{id}/swaps", session.getId()).param("to", to.id().toString())
				.with(user(to))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/sessions/{id}/swaps", session.getId()).param("to", to.id().toString())
				.with(user(from))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document sessions = page("/sessions", to);
		String accept = sessions.select("#open-swaps form[action$=/accept]").attr("action");
		assertThat(accept).isNotBlank();

		this.mvc.perform(post(accept).with(user(from)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post(accept).with(user(to)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(this.sessions.find(session.getId()).getFacilitatorIds()).containsExactly(to.id());
		this.mvc.perform(post(accept).with(user(to)).with(csrf())).andExpect(flash().attributeExists("flash"));
	}

	@Test
	void coreTeamMembersRecordTimeAwayAndOnlyTheyOrALeadRemoveIt() throws Exception {
		MemberPrincipal core = this.members.principal(this.members.createCoreTeam("Away Core", "UTC").getEmail());
		LocalDate start = LocalDate.now().plusDays(10);

		this.mvc
			.perform(post("/sessions/rotation/leave").param("startsOn", start.toString())
				.param("endsOn", start.minusDays(1).toString())
				.with(user(core))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("leave", "endsOn", "leave.endsBeforeStart"));
		this.mvc
			.perform(post("/sessions/rotation/leave").param("startsOn", start.toString())
				.param("endsOn", start.plusDays(4).toString())
				.param("note", "Family visit")
				.with(user(core))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Document rotation = page("/sessions/rotation", core);
		assertThat(rotation.select("#leaves").text()).contains("Family visit");
		String remove = rotation.select("#leaves form").attr("action");
		this.mvc.perform(post(remove).with(user(principal("Leave Meddler"))).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(remove).with(user(core)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/sessions/rotation", core).select("#leaves")).isEmpty();
	}

	@Test
	void malformedListParametersFallBackToDefaults() throws Exception {
		MemberPrincipal member = this.members.member();
		this.mvc
			.perform(get("/sessions").param("when", "yesterday")
				.param("format", "DANCE")
				.param("page", "-3")
				.with(user(member)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("past", false))
			.andExpect(model().attribute("format", nullValue()))
			.andExpect(model().attribute("filtered", false))
			.andExpect((result) -> assertThat(((PageLinks) result.getModelAndView().getModel().get("pages")).number())
				.as("the first page")
				.isZero());
		this.mvc.perform(get("/sessions/calendar").param("month", "2026-13").with(user(member)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("month", YearMonth.now(this.clock.withZone(member.timeZone()))));
		this.mvc.perform(get("/sessions/{id}", 987654321).with(user(this.members.member())))
			.andExpect(status().isNotFound());
	}

	/**
	 * Makes a new address, which the page shows once after the redirect (the flash
	 * message waits in the session the POST made).
	 */
	private String newFeedAddress(MemberPrincipal member) throws Exception {
		MvcResult made = this.mvc.perform(post("/sessions/calendar-feed/reset").with(user(member)).with(csrf()))
			.andExpect(redirectedUrl("/sessions/calendar-feed"))
			.andReturn();
		String html = this.mvc
			.perform(get("/sessions/calendar-feed").with(user(member)).cookie(made.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = Pattern.compile("(/calendar/[A-Za-z0-9_-]{43}\\.ics)").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private Document page(String path, MemberPrincipal viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MemberPrincipal principal(String name) {
		return this.members.principal(this.members.create(name, Role.MEMBER).getEmail());
	}

	private MockHttpServletRequestBuilder plan(String title, String date, String time, String zone) {
		return post("/sessions/new").param("title", title)
			.param("format", "WORKSHOP")
			.param("date", date)
			.param("time", time)
			.param("timeZone", zone)
			.param("durationMinutes", "90")
			.param("onlineLink", "https://meet.example.com/zones")
			.with(user(this.members.lead()))
			.with(csrf());
	}

	private MockHttpServletRequestBuilder feedback(CommunitySession session, MemberPrincipal attendee, String score,
			String comment) {
		return post("/sessions/{id}/feedback", session.getId()).param("score", score)
			.param("comment", comment)
			.with(user(attendee))
			.with(csrf());
	}

}
