package org.guildhall.okr;

import java.math.BigDecimal;
import java.util.List;

import org.guildhall.member.ActingAs;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@GuildhallTest
class OkrTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	Objectives objectives;

	@Autowired
	OkrPeriods periods;

	@Autowired
	CheckIns checkIns;

	@Autowired
	BusinessGoals goals;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	private OkrPeriod period;

	private MemberPrincipal owner;

	@BeforeEach
	void aFreshPeriodAndAKeyResultOwner() {
		this.period = this.okrs.period();
		this.owner = this.members.member();
	}

	/**
	 * The okr services' lead-only methods are package-private since the module's API
	 * shrank; method security still guards them, so that a URL rule written wrongly could
	 * not open them.
	 */
	@Test
	void packagePrivateLeadOnlyMethodsStillRefuseAMember() {
		BusinessGoalForm form = new BusinessGoalForm();
		form.setName("Never added " + System.nanoTime());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> ActingAs.member(this.owner, () -> this.goals.add(form)));
		assertThat(this.jdbc.queryForObject("select count(*) from business_goals where name = ?", Long.class,
				form.getName()))
			.isZero();
	}

	@Test
	void leadCreatesAnObjectiveWithTwoKeyResults() throws Exception {
		MvcResult result = this.mvc
			.perform(objectiveForm(post("/okrs/new"), "Improve reliability and availability")
				.param("keyResults[0].title", "Cut production incidents")
				.param("keyResults[0].kind", "DECREASE_TO")
				.param("keyResults[0].unit", "COUNT")
				.param("keyResults[0].baseline", "40")
				.param("keyResults[0].target", "30")
				.param("keyResults[0].ownerId", this.owner.id().toString())
				.param("keyResults[1].title", "Run the first game day")
				.param("keyResults[1].kind", "MILESTONE")
				.param("keyResults[1].ownerId", this.owner.id().toString())
				.with(user(this.members.lead())))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/okrs/", ""));
		ObjectiveView view = this.objectives.view(id);
		assertThat(view.objective().getTitle()).isEqualTo("Improve reliability and availability");
		assertThat(view.keyResults()).extracting((keyResult) -> keyResult.keyResult().getTitle())
			.containsExactly("Cut production incidents", "Run the first game day");
		assertThat(view.keyResults().get(0).keyResult().getCurrentValue()).isEqualByComparingTo("40");
		assertThat(view.score().value()).isZero();
		this.mvc.perform(get("/okrs/{id}", id).with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(40 − 40) ÷ (30 − 40) = 0.00")));
	}

	@Test
	void keyResultsThatPointNowhereOrHoldAbsurdValuesAreFieldErrors() throws Exception {
		long before = objectives();
		this.mvc
			.perform(objectiveForm(post("/okrs/new"), "Bad numbers").param("keyResults[0].title", "Flat")
				.param("keyResults[0].kind", "INCREASE_TO")
				.param("keyResults[0].unit", "COUNT")
				.param("keyResults[0].baseline", "10")
				.param("keyResults[0].target", "10")
				.param("keyResults[0].ownerId", this.owner.id().toString())
				.param("keyResults[1].title", "Backwards")
				.param("keyResults[1].kind", "DECREASE_TO")
				.param("keyResults[1].unit", "COUNT")
				.param("keyResults[1].baseline", "40")
				.param("keyResults[1].target", "45")
				.param("keyResults[1].ownerId", this.owner.id().toString())
				.param("keyResults[2].title", "Not a number")
				.param("keyResults[2].kind", "INCREASE_TO")
				.param("keyResults[2].unit", "SCORE")
				.param("keyResults[2].baseline", "NaN")
				.param("keyResults[2].target", "1e308")
				.param("keyResults[2].ownerId", this.owner.id().toString())
				.param("keyResults[3].title", "Negative incidents")
				.param("keyResults[3].kind", "DECREASE_TO")
				.param("keyResults[3].unit", "COUNT")
				.param("keyResults[3].baseline", "5")
				.param("keyResults[3].target", "-2")
				.param("keyResults[3].ownerId", this.owner.id().toString())
				.param("keyResults[4].title", "Over a hundred percent")
				.param("keyResults[4].kind", "STAY_ABOVE")
				.param("keyResults[4].unit", "PERCENT")
				.param("keyResults[4].baseline", "99")
				.param("keyResults[4].target", "120")
				.param("keyResults[4].ownerId", this.owner.id().toString())
				.with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andExpect(view().name("okr/form"))
			.andExpect(
					model().attributeHasFieldErrorCode("objective", "keyResults[0].target", "okr.target.noDirection"))
			.andExpect(
					model().attributeHasFieldErrorCode("objective", "keyResults[1].target", "okr.target.decreaseAbove"))
			.andExpect(model().attributeHasFieldErrorCode("objective", "keyResults[2].baseline", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("objective", "keyResults[2].target", "okr.value.absurd"))
			.andExpect(model().attributeHasFieldErrorCode("objective", "keyResults[3].target", "okr.value.negative"))
			.andExpect(model().attributeHasFieldErrorCode("objective", "keyResults[4].target", "okr.value.percent"))
			.andExpect(content().string(containsString("value=\"NaN\"")))
			.andExpect(content().string(containsString("The target equals the baseline")));
		assertThat(objectives()).isEqualTo(before);
	}

	@Test
	void anObjectiveNeedsAtLeastOneKeyResult() throws Exception {
		this.mvc.perform(objectiveForm(post("/okrs/new"), "Nothing measurable").with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("objective", "keyResults", "okr.keyResults.none"));
	}

	@Test
	void concurrentEditsOfAnObjectiveGiveTheConflictPage() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Edited twice", this.okrs.goalId("Quality"),
				this.owner.id(), this.owner.id(), 1);
		KeyResult keyResult = objective.getKeyResults().get(0);

		this.mvc.perform(editForm(objective, keyResult, "First save wins")).andExpect(status().is3xxRedirection());
		this.mvc.perform(editForm(objective, keyResult, "Second save is stale"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Second save is stale")));
		assertThat(this.objectives.view(objective.getId()).objective().getTitle()).isEqualTo("First save wins");
	}

	@Test
	void theOwnerChecksInAndTheScoreMoves() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Owned", this.okrs.goalId("Quality"), this.owner.id(),
				this.owner.id(), 1);
		KeyResult keyResult = objective.getKeyResults().get(0);

		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResult.getId()).param("value", "35")
				.param("confidence", "AT_RISK")
				.param("note", "Two incidents this week")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(redirectedUrl("/okrs/" + objective.getId()));

		KeyResultView view = this.objectives.view(objective.getId()).keyResults().get(0);
		assertThat(view.keyResult().getCurrentValue()).isEqualByComparingTo("35");
		assertThat(view.score().value()).isEqualTo(0.5);
		assertThat(view.confidence()).isEqualTo(Confidence.AT_RISK);
		assertThat(view.checkIns()).singleElement()
			.satisfies((shown) -> assertThat(shown.checkIn().getNote()).isEqualTo("Two incidents this week"));
	}

	@Test
	void aMemberWhoDoesNotOwnTheKeyResultCannotCheckIn() throws Exception {
		var stranger = this.members
			.principal(this.members.create("Not The Owner", org.guildhall.member.Role.MEMBER).getEmail());
		Objective objective = this.okrs.objective(this.period, "Not yours", this.okrs.goalId("Quality"),
				this.owner.id(), this.owner.id(), 1);
		Long keyResultId = objective.getKeyResults().get(0).getId();

		this.mvc.perform(get("/okrs/key-results/{id}/check-in", keyResultId).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResultId).param("value", "31")
				.param("confidence", "ON_TRACK")
				.with(csrf())
				.with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResultId).param("value", "31")
				.param("confidence", "ON_TRACK")
				.with(csrf())
				.with(user(this.members.manager())))
			.andExpect(status().isForbidden());
		assertThat(this.okrs.checkInsOf(keyResultId)).isZero();
	}

	@Test
	void checkInValuesFollowTheUnit() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Unit rules", this.okrs.goalId("Quality"),
				this.owner.id(), this.owner.id(), 1);
		Long keyResultId = objective.getKeyResults().get(0).getId();

		for (String value : List.of("-3", "NaN", "1e308", "")) {
			this.mvc
				.perform(post("/okrs/key-results/{id}/check-in", keyResultId).param("value", value)
					.param("confidence", "ON_TRACK")
					.with(csrf())
					.with(user(this.owner)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("checkIn", "value"));
		}
		assertThat(this.okrs.checkInsOf(keyResultId)).isZero();
	}

	@Test
	void checkInsOnAClosedPeriodAreRefusedWithAMessage() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Closed soon", this.okrs.goalId("Quality"),
				this.owner.id(), this.owner.id(), 1);
		Long keyResultId = objective.getKeyResults().get(0).getId();
		this.okrs.close(this.period);

		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResultId).param("value", "31")
				.param("confidence", "ON_TRACK")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(redirectedUrl("/okrs/" + objective.getId()))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.okrs.checkInsOf(keyResultId)).isZero();
		this.mvc.perform(get("/okrs/{id}/edit", objective.getId()).with(user(this.members.lead())))
			.andExpect(redirectedUrl("/okrs/" + objective.getId()));
	}

	@Test
	void leadClosesAPeriodWithGradesAndRetrospectives() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Graded", this.okrs.goalId("Quality"), this.owner.id(),
				this.owner.id(), 1);
		this.okrs.weeklyCheckIns(objective, 5, java.time.Instant.now(), this.owner.id());
		OkrPeriod current = this.periods.period(this.period.getId());

		this.mvc
			.perform(post("/okrs/periods/{id}/close", this.period.getId())
				.param("version", current.getVersion().toString())
				.param("objectives[0].objectiveId", objective.getId().toString())
				.param("objectives[0].grade", "0.6")
				.param("objectives[0].wentWell", "Postmortems")
				.param("objectives[0].didNotGoWell", "Migrations")
				.param("objectives[0].whatNext", "Chaos experiments")
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(redirectedUrl("/okrs/dashboard?period=" + this.period.getId()));

		ObjectiveView closed = this.objectives.view(objective.getId());
		assertThat(this.periods.period(this.period.getId()).isClosed()).isTrue();
		assertThat(closed.objective().getGrade()).isEqualByComparingTo("0.6");
		assertThat(closed.score().formula()).startsWith("frozen");
		assertThat(closed.objective().getWhatNext()).isEqualTo("Chaos experiments");
		this.mvc.perform(get("/okrs/{id}", objective.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("Retrospective")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Check in</a>"))));
	}

	@Test
	void gradesRunFromZeroToOneAndABadOneClosesNothing() throws Exception {
		Objective objective = this.okrs.objective(this.period, "Hard to grade", this.okrs.goalId("Quality"),
				this.owner.id(), this.owner.id(), 1);
		this.mvc.perform(get("/okrs/periods/{id}/close", this.period.getId()).with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hard to grade")));

		this.mvc
			.perform(post("/okrs/periods/{id}/close", this.period.getId())
				.param("version", this.period.getVersion().toString())
				.param("objectives[0].objectiveId", objective.getId().toString())
				.param("objectives[0].title", "Hard to grade")
				.param("objectives[0].grade", "1.5")
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("close", "objectives[0].grade"))
			.andExpect(content().string(containsString("Enter at most 1.")));
		assertThat(this.periods.period(this.period.getId()).isClosed()).isFalse();
	}

	@Test
	void periodsNeverOverlap() throws Exception {
		this.mvc
			.perform(post("/okrs/periods/new").param("name", "Overlapping " + this.period.getId())
				.param("startsOn", this.period.getEndsOn().minusDays(10).toString())
				.param("endsOn", this.period.getEndsOn().plusDays(30).toString())
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("period", "startsOn", "okr.period.overlap"));
		this.mvc
			.perform(post("/okrs/periods/new").param("name", "Backwards " + this.period.getId())
				.param("startsOn", "2099-05-01")
				.param("endsOn", "2099-04-01")
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(model().attributeHasFieldErrorCode("period", "endsOn", "okr.period.endsBeforeStart"));
	}

	@Test
	void theDashboardFollowsCheckInsAndComparesWithThePreviousPeriod() throws Exception {
		Objective objective = this.okrs.objective(this.period, "On the dashboard", this.okrs.goalId("Velocity"),
				this.owner.id(), this.owner.id(), 2);
		this.checkIns.checkIn(this.owner, objective.getKeyResults().get(0).getId(), checkIn("30"));

		MvcResult result = this.mvc
			.perform(get("/okrs/dashboard").param("period", this.period.getId().toString())
				.with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andReturn();

		Dashboard dashboard = (Dashboard) result.getModelAndView().getModel().get("dashboard");
		assertThat(dashboard.period().getId()).isEqualTo(this.period.getId());
		assertThat(dashboard.objectives()).singleElement()
			.satisfies((view) -> assertThat(view.score().value()).isEqualTo(0.5));
		assertThat(dashboard.previous()).isNotNull();
		assertThat(result.getResponse().getContentAsString()).contains("On the dashboard").contains("0.50");
	}

	@Test
	void malformedOrUnknownPeriodsShowTheDefaultOneAndUnknownIdsAreNotFound() throws Exception {
		Long shownByDefault = periodShown(get("/okrs/dashboard"));
		assertThat(shownByDefault).isNotNull();
		for (String period : List.of("zzz", "-1", "99999999999999999999", "")) {
			assertThat(periodShown(get("/okrs/dashboard").param("period", period))).as(period)
				.isEqualTo(shownByDefault);
		}
		this.mvc.perform(get("/okrs/{id}", Long.MAX_VALUE).with(user(this.members.member())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/okrs/key-results/{id}/check-in", Long.MAX_VALUE).with(user(this.members.lead())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/okrs/export/{id}/objectives.csv", Long.MAX_VALUE).with(user(this.members.manager())))
			.andExpect(status().isNotFound());
	}

	/** The period the managers' dashboard shows for this request. */
	private Long periodShown(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andExpect(view().name("okr/dashboard"))
			.andReturn();
		return ((Dashboard) result.getModelAndView().getModel().get("dashboard")).period().getId();
	}

	@Test
	void exportsObjectivesKeyResultsAndCheckInsAsCsv() throws Exception {
		Objective objective = this.okrs.objective(this.period, "=HYPERLINK(\"http://evil\")",
				this.okrs.goalId("Quality"), this.owner.id(), this.owner.id(), 1);
		this.okrs.weeklyCheckIns(objective, 3, java.time.Instant.now(), this.owner.id());

		String objectivesCsv = this.mvc
			.perform(get("/okrs/export/{id}/objectives.csv", this.period.getId()).with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("objectives.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(objectivesCsv.lines().toList()).hasSize(2);
		assertThat(objectivesCsv).startsWith("period,objective_id,objective,business_goal")
			.contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");

		String checkInsCsv = this.mvc
			.perform(get("/okrs/export/{id}/check-ins.csv", this.period.getId()).with(user(this.members.manager())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(checkInsCsv.lines().toList()).hasSize(4);
		assertThat(this.mvc
			.perform(get("/okrs/export/{id}/key-results.csv", this.period.getId()).with(user(this.members.manager())))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.lines()).hasSize(2);
	}

	private MockHttpServletRequestBuilder objectiveForm(MockHttpServletRequestBuilder request, String title) {
		return request.param("periodId", this.period.getId().toString())
			.param("title", title)
			.param("businessGoalId", this.okrs.goalId("Reliability").toString())
			.param("ownerId", this.members.lead().id().toString())
			.with(csrf());
	}

	private MockHttpServletRequestBuilder editForm(Objective objective, KeyResult keyResult, String title) {
		return objectiveForm(post("/okrs/{id}/edit", objective.getId()), title)
			.param("id", objective.getId().toString())
			.param("version", objective.getVersion().toString())
			.param("keyResults[0].id", keyResult.getId().toString())
			.param("keyResults[0].version", keyResult.getVersion().toString())
			.param("keyResults[0].title", keyResult.getTitle())
			.param("keyResults[0].kind", "DECREASE_TO")
			.param("keyResults[0].unit", "COUNT")
			.param("keyResults[0].baseline", "40")
			.param("keyResults[0].target", "30")
			.param("keyResults[0].ownerId", this.owner.id().toString())
			.with(user(this.members.lead()));
	}

	private static CheckInForm checkIn(String value) {
		CheckInForm form = new CheckInForm();
		form.setValue(new BigDecimal(value));
		form.setConfidence(Confidence.ON_TRACK);
		return form;
	}

	private long objectives() {
		return this.jdbc.queryForObject("select count(*) from objectives", Long.class);
	}

}
