package org.guildhall.league;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.experiment.ExperimentKind;
import org.guildhall.experiment.ExperimentLogged;
import org.guildhall.member.Member;
import org.guildhall.member.ActingAs;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class PairingTests {

	@Autowired
	private IncompleteEventPublications incompletePublications;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	Members people;

	@Autowired
	LeagueFixtures league;

	@Autowired
	PairingService pairings;

	@Autowired
	PairingLists lists;

	@Autowired
	PairingProgress progress;

	@Autowired
	HeroCapacities capacities;

	@Autowired
	LeaguePoints points;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aSidekickAsksAHeroAndALeadWhoIsNotPartOfItApproves() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Approval");

		String location = this.mvc
			.perform(post("/league/pairings/new").param("heroId", cast.hero().id().toString())
				.param("goals[0].skillId", cast.skill().toString())
				.param("goals[0].toLevel", "3")
				.param("weeks", "12")
				.with(user(cast.sidekick()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.replace("/league/pairings/", ""));
		assertThat(this.league.find(id).getStatus()).isEqualTo(PairingStatus.REQUESTED);
		assertThat(this.league.find(id).getGoals()).singleElement()
			.satisfies((goal) -> assertThat(List.of(goal.getFromLevel(), goal.getToLevel())).containsExactly(1, 3));

		this.mvc.perform(post("/league/pairings/{id}/approve", id).with(user(cast.sidekick())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/league/pairings/{id}/approve", id).with(user(cast.hero())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/league/pairings/{id}/approve", id).with(user(this.members.lead())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.league.find(id).getStatus()).isEqualTo(PairingStatus.ACTIVE);
	}

	@Test
	void aLeadCannotApproveAPairingTheyTakePartIn() {
		LeagueFixtures.Cast cast = this.league.cast("Own approval");
		MemberPrincipal leadAsSidekick = this.members
			.principal(this.members.create("Learning Lead", Role.LEAD).getEmail());
		PairingForm form = PairingForm.blank(cast.hero().id(), null,
				List.of(new PairingForm.GoalLine(cast.skill(), 2)));
		Long id = this.pairings.request(leadAsSidekick, form).getId();

		assertThat(this.league.find(id).getStatus()).as("a lead asking for themselves still needs approval")
			.isEqualTo(PairingStatus.REQUESTED);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> ActingAs.member(leadAsSidekick, () -> this.pairings.approve(leadAsSidekick, id, null)));
	}

	@Test
	void aHeroAtCapacityIsRefusedWithAMessageAndNothingIsCreated() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Capacity");
		this.capacities.setCapacity(cast.hero().id(), 1);
		this.league.active(cast);
		MemberPrincipal another = this.members
			.principal(this.members.create("Second Sidekick", Role.MEMBER).getEmail());
		long before = this.jdbc.queryForObject("select count(*) from pairings", Long.class);

		this.mvc
			.perform(post("/league/pairings/new").param("heroId", cast.hero().id().toString())
				.param("goals[0].skillId", cast.skill().toString())
				.param("goals[0].toLevel", "3")
				.param("weeks", "12")
				.param("agreement", "Typed and kept")
				.with(user(another))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("pairing", "heroId", "pairing.capacity"));

		assertThat(this.jdbc.queryForObject("select count(*) from pairings", Long.class)).isEqualTo(before);
	}

	@Test
	void onlyTheHeroRaisesTheSidekicksSkillAndTheProfileFollows() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Raise");
		Long id = this.league.active(cast);

		this.mvc
			.perform(checkIn(id, cast.sidekick()).param("raiseSkillId", cast.skill().toString())
				.param("raiseToLevel", "5")
				.param("raiseNote", "I say so myself"))
			.andExpect(status().isForbidden());
		assertThat(level(cast.sidekick(), cast.skill())).isEqualTo(1);

		this.mvc
			.perform(checkIn(id, cast.hero()).param("raiseSkillId", cast.skill().toString())
				.param("raiseToLevel", "3")
				.param("raiseNote", ""))
			.andExpect(model().attributeHasFieldErrorCode("checkIn", "raiseNote", "pairing.raise.note"));
		this.mvc
			.perform(checkIn(id, cast.hero()).param("raiseSkillId", cast.skill().toString())
				.param("raiseToLevel", "3")
				.param("raiseNote", "Ran the game day alone"))
			.andExpect(status().is3xxRedirection());

		assertThat(level(cast.sidekick(), cast.skill())).isEqualTo(3);
		assertThat(this.lists.raisesOf(id)).singleElement()
			.satisfies((raise) -> assertThat(List.of(raise.fromLevel(), raise.toLevel())).containsExactly(1, 3));
		assertThat(this.lists.checkInsOf(id)).hasSize(1);
	}

	@Test
	void whenAFormerSidekickBecomesAHeroTheLeagueRecordsAHeroCreatedWithCreditToTheirHero() {
		LeagueFixtures.Cast first = this.league.cast("Graduation");
		Long firstPairing = this.league.active(first);
		this.league.completeAsHero(first, firstPairing);
		String skillName = this.jdbc.queryForObject("select name from skills where id = ?", String.class,
				first.skill());
		this.members.giveSkills(this.members.find(first.sidekick().id()), Map.of(skillName, 4));
		Member newcomer = this.members.create("Graduation Newcomer", Role.MEMBER);
		LeagueFixtures.Cast second = new LeagueFixtures.Cast(first.skill(), first.sidekick(),
				this.members.principal(newcomer.getEmail()));

		this.league.active(second);

		assertThat(this.jdbc.queryForObject("select count(*) from heroes_created where member_id = ?", Long.class,
				first.sidekick().id()))
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(points(first.sidekick().id(), PointRule.HERO_CREATED)).isEqualTo(100);
			assertThat(points(first.hero().id(), PointRule.HERO_MADE)).isEqualTo(50);
			assertThat(points(first.hero().id(), PointRule.PAIRING_COMPLETED)).isEqualTo(40);
		});
	}

	@Test
	void theSamePointsAndBadgeAwardedTwiceCountOnce() {
		Member author = this.members.create("Replayed Author", Role.MEMBER);
		Instant now = Instant.now();

		this.points.award(author.getId(), PointRule.EXPERIMENT_LOGGED, 987_654_321L, now);
		this.points.award(author.getId(), PointRule.EXPERIMENT_LOGGED, 987_654_321L, now);
		this.points.badge(author.getId(), Badge.FIRST_EXPERIMENT, 987_654_321L, now);
		this.points.badge(author.getId(), Badge.FIRST_EXPERIMENT, 987_654_321L, now);
		this.points.award(author.getId(), PointRule.EXPERIMENT_PROMOTED, 987_654_321L, 1, now);
		this.points.award(author.getId(), PointRule.EXPERIMENT_PROMOTED, 987_654_321L, 2, now);

		assertThat(points(author.getId(), PointRule.EXPERIMENT_LOGGED)).isEqualTo(10);
		assertThat(points(author.getId(), PointRule.EXPERIMENT_PROMOTED)).as("each rung counts once").isEqualTo(30);
		assertThat(this.jdbc.queryForObject("select count(*) from league_badges where member_id = ?", Long.class,
				author.getId()))
			.isEqualTo(1);
	}

	@Test
	void anEventTheRegistryReplaysTurnsIntoPointsOnce() {
		Member author = this.members.create("Republished Author", Role.MEMBER);
		ExperimentLogged logged = new ExperimentLogged(987_654_322L, author.getId(), Set.of(),
				ExperimentKind.NEW_PRACTICE, Instant.now());
		String published = "%\"authorId\":" + author.getId() + ",%";

		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(logged));
		await().atMost(Duration.ofSeconds(10)).until(() -> completed(published) == 1);
		assertThat(points(author.getId(), PointRule.EXPERIMENT_LOGGED)).isEqualTo(10);

		// As after a crash between the points and the registry's bookkeeping: the
		// publication looks unfinished, so the registry hands the event over again.
		this.jdbc.update("update event_publication set completion_date = null, status = 'FAILED'"
				+ " where serialized_event like ?", published);
		this.incompletePublications
			.resubmitIncompletePublications((publication) -> publication.getEvent() instanceof ExperimentLogged replayed
					&& replayed.experimentId() == 987_654_322L);

		await().atMost(Duration.ofSeconds(10)).until(() -> completed(published) == 1);
		assertThat(points(author.getId(), PointRule.EXPERIMENT_LOGGED)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from league_badges where member_id = ?", Long.class,
				author.getId()))
			.isEqualTo(1);
	}

	private long completed(String serializedEvent) {
		return this.jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is not null and serialized_event like ?",
				Long.class, serializedEvent);
	}

	@Test
	void membersWhoOptedOutAreInNoTableAndTheirLeaguePageIsHiddenFromOthers() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Opt out");
		Long id = this.league.active(cast);
		this.progress.checkIn(cast.hero(), id, checkInForm());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(points(cast.hero().id(), PointRule.PAIRING_CHECK_IN)).isEqualTo(5));
		assertThat(page("/league/tables", cast.sidekick()).select("#around-me").text())
			.contains(this.members.find(cast.hero().id()).getName());

		this.mvc.perform(post("/league/settings").param("optOut", "true")
			.param("capacity", "2")
			.with(user(cast.hero()))
			.with(csrf()));

		assertThat(page("/league/tables", cast.sidekick()).select("#around-me").text())
			.doesNotContain(this.members.find(cast.hero().id()).getName());
		assertThat(page("/league/tables", cast.sidekick()).select("#pairs").text())
			.doesNotContain(this.members.find(cast.hero().id()).getName());
		this.mvc.perform(get("/league/members/{id}", cast.hero().id()).with(user(cast.sidekick())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/league/members/{id}", cast.hero().id()).with(user(cast.hero())))
			.andExpect(status().isOk());
	}

	@Test
	void aDailyJobFlagsPairingsPastTheirPlannedEnd() {
		LeagueFixtures.Cast cast = this.league.cast("Overdue");
		Long id = this.league.active(cast);

		this.pairings.flagOverdue();
		assertThat(this.league.find(id).isOverdue()).isFalse();

		this.clock.advance(Duration.ofDays(12 * 7 + 1));
		this.pairings.flagOverdue();

		assertThat(this.league.find(id).isOverdue()).isTrue();
	}

	@Test
	void theLeadSuggestsAHeroForEveryoneWaitingAndStartsThePairingsAfterReview() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Waiting");
		Long waiting = this.league.waiting(cast);

		Document proposal = page("/league/pairings/assignments", this.members.lead());
		String field = "hero-" + waiting;
		assertThat(proposal.select("input[name=" + field + "]").attr("value")).isEqualTo(cast.hero().id().toString());
		assertThat(this.league.find(waiting).getStatus()).as("nothing starts before the lead confirms")
			.isEqualTo(PairingStatus.REQUESTED);

		this.mvc
			.perform(post("/league/pairings/assignments").param(field, cast.hero().id().toString())
				.with(user(this.members.lead()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Pairing started = this.league.find(waiting);
		assertThat(started.getStatus()).isEqualTo(PairingStatus.ACTIVE);
		assertThat(started.getHeroId()).isEqualTo(cast.hero().id());
	}

	@Test
	void aMemberCannotAskForAPairingBetweenTwoOtherPeople() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Meddler");
		MemberPrincipal meddler = this.members.principal(this.members.create("Meddler", Role.MEMBER).getEmail());

		this.mvc
			.perform(post("/league/pairings/new").param("heroId", cast.hero().id().toString())
				.param("sidekickId", cast.sidekick().id().toString())
				.param("goals[0].skillId", cast.skill().toString())
				.param("goals[0].toLevel", "3")
				.param("weeks", "12")
				.with(user(meddler))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void badRequestsAreSentBackWithTheirMessagesWhatWasTypedAndNothingCreated() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Bad input");
		Long before = this.jdbc.queryForObject("select count(*) from pairings", Long.class);

		this.mvc
			.perform(post("/league/pairings/new").param("heroId", cast.hero().id().toString())
				.param("weeks", "0")
				.param("agreement", "Tuesdays at ten")
				.with(user(cast.sidekick()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("pairing", "weeks"));
		this.mvc
			.perform(post("/league/pairings/new").param("heroId", cast.hero().id().toString())
				.param("goals[0].skillId", cast.skill().toString())
				.param("goals[0].toLevel", "1")
				.param("weeks", "12")
				.param("agreement", "Tuesdays at ten")
				.with(user(cast.sidekick()))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("pairing", "goals", "pairing.goal.level"));
		Document page = Jsoup.parse(
				this.mvc
					.perform(post("/league/pairings/new").param("heroId", cast.sidekick().id().toString())
						.param("goals[0].skillId", cast.skill().toString())
						.param("goals[0].toLevel", "not a level")
						.param("weeks", "12")
						.param("agreement", "Tuesdays at ten")
						.with(user(cast.sidekick()))
						.with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());

		assertThat(page.select("#agreement").text()).isEqualTo("Tuesdays at ten");
		assertThat(page.select(".invalid-feedback").text()).isNotBlank();
		assertThat(page.text()).doesNotContain("Exception").doesNotContain("NumberFormat");
		assertThat(this.jdbc.queryForObject("select count(*) from pairings", Long.class)).isEqualTo(before);
	}

	@Test
	void suggestionsShowTheHeroAndThePartsOfTheScore() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Suggest");

		Document page = page("/league/suggestions?skill=" + cast.skill(), cast.sidekick());

		assertThat(page.select(".suggestion .hero-name").text()).contains("Suggest Hero");
		assertThat(page.select(".suggestion .score-parts").first().text()).contains("Skills 40/40")
			.contains("Shared hours 30/30")
			.contains("Free places 15/15");
	}

	private long points(Long member, PointRule rule) {
		return this.jdbc.queryForObject(
				"select coalesce(sum(points), 0) from league_points where member_id = ? and rule = ?", Long.class,
				member, rule.name());
	}

	private int level(MemberPrincipal member, Long skill) {
		return this.people.skillLevelsOf(List.of(member.id())).get(member.id()).get(skill);
	}

	private static CheckInForm checkInForm() {
		CheckInForm form = CheckInForm.on(LocalDate.now());
		form.setText("We met");
		return form;
	}

	private MockHttpServletRequestBuilder checkIn(Long id, MemberPrincipal actor) {
		return post("/league/pairings/{id}/check-ins", id).param("metOn", LocalDate.now().toString())
			.param("text", "We paired on an incident review")
			.with(user(actor))
			.with(csrf());
	}

	private Document page(String path, MemberPrincipal viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
