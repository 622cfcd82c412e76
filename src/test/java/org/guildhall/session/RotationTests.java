package org.guildhall.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.member.MemberCard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RotationTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

	private static final Instant NOW = CLOCK.instant();

	private static final Duration NINETY_MINUTES = Duration.ofMinutes(90);

	private static final MemberCard ANA = new MemberCard(1L, "Ana", "Europe/Lisbon", "Cloud", true);

	private static final MemberCard BEN = new MemberCard(2L, "Ben", "Europe/Madrid", "Payments", true);

	private static final MemberCard CHEN = new MemberCard(3L, "Chen", "Asia/Kolkata", "Mobile", true);

	private static final List<MemberCard> CORE_TEAM = List.of(ANA, BEN, CHEN);

	/** A facilitator outside the core team. */
	private static final Long OUTSIDER = 99L;

	private final List<Rotation.Slot> timeline = new ArrayList<>();

	private long nextId = 100;

	@Test
	void suggestsWhoeverFacilitatedLeastInTheLast90Days() {
		held(daysAgo(10), 10, ANA);
		held(daysAgo(20), 10, ANA);
		held(daysAgo(30), 10, BEN);
		held(daysAgo(40), 10, CHEN);
		held(daysAgo(50), 10, BEN);
		Long target = upcoming(daysAhead(7), 10);

		Rotation.Suggestion suggestion = rotation().plan(this.timeline, NOW).get(target);

		assertThat(suggestion.pick()).hasValueSatisfying((pick) -> {
			assertThat(pick.member()).isEqualTo(CHEN);
			assertThat(pick.load().sessions()).isEqualTo(1);
		});
		assertThat(suggestion.reasons()).first().asString().contains("1 session in the 90 days before");
	}

	@Test
	void sessionsAtAnInconvenientHourWeighDouble() {
		// 05:00 UTC is 05:00 in Lisbon (inconvenient) and 10:30 in Kolkata
		held(daysAgo(10), 5, ANA);
		held(daysAgo(20), 10, CHEN);
		held(daysAgo(25), 10, CHEN);
		held(daysAgo(30), 10, BEN);
		held(daysAgo(35), 10, BEN);
		// the session just before is someone else's, so that nobody is skipped for it
		add(daysAgo(5), 10, Set.of(OUTSIDER));
		Long target = upcoming(daysAhead(7), 10);

		Rotation.Suggestion suggestion = rotation().plan(this.timeline, NOW).get(target);

		assertThat(suggestion.skipped()).isEmpty();
		assertThat(suggestion.pick().orElseThrow().member())
			.as("Ana's one session at 05:00 her time weighs as two, so all three carry a load of 2 (counted"
					+ " once, Ana would be picked), and of those equal loads Ben facilitated longest ago")
			.isEqualTo(BEN);
		Rotation.Load ana = rotation().ledger(this.timeline, NOW).get(0).load();
		assertThat(ana.sessions()).isEqualTo(1);
		assertThat(ana.inconvenient()).isEqualTo(1);
		assertThat(ana.weight()).isEqualTo(2);
	}

	@Test
	void facilitationOlderThan90DaysNoLongerCounts() {
		held(daysAgo(100), 10, ANA);
		held(daysAgo(120), 10, ANA);
		held(daysAgo(20), 10, BEN);
		held(daysAgo(30), 10, CHEN);
		Long target = upcoming(daysAhead(1), 10);

		Rotation.Suggestion suggestion = rotation().plan(this.timeline, NOW).get(target);

		assertThat(suggestion.pick().orElseThrow().member()).isEqualTo(ANA);
		assertThat(suggestion.pick().orElseThrow().load().lastFacilitated()).isEqualTo(daysAgo(100).plusSeconds(0));
	}

	@Test
	void atEqualLoadTheOneForWhomTheHourIsConvenientComesFirst() {
		// 14:00 UTC is 19:30 in Kolkata: inconvenient for Chen, fine for Ana and Ben
		Long target = upcoming(daysAhead(3), 14);
		List<MemberCard> chenAndBen = List.of(CHEN, BEN);

		Rotation.Suggestion suggestion = new Rotation(chenAndBen, List.of(), List.of(), Map.of())
			.plan(this.timeline, NOW)
			.get(target);

		assertThat(suggestion.pick().orElseThrow().member()).isEqualTo(BEN);
	}

	@Test
	void peopleOnLeaveOnTheDayAreSkipped() {
		held(daysAgo(10), 10, BEN);
		held(daysAgo(12), 10, CHEN);
		Long target = upcoming(daysAhead(7), 10);
		LocalDate day = daysAhead(7).atZone(ZoneOffset.UTC).toLocalDate();
		Rotation.Leave leave = new Rotation.Leave(ANA.id(), day.minusDays(2), day.plusDays(3));

		Rotation.Suggestion suggestion = new Rotation(CORE_TEAM, List.of(leave), List.of(), Map.of())
			.plan(this.timeline, NOW)
			.get(target);

		assertThat(suggestion.pick().orElseThrow().member()).as("Ben facilitated the session before").isEqualTo(CHEN);
		assertThat(suggestion.skipped()).filteredOn((skip) -> skip.reason() == Rotation.Reason.ON_LEAVE)
			.singleElement()
			.satisfies((skip) -> {
				assertThat(skip.member()).isEqualTo(ANA);
				assertThat(skip.reason()).isEqualTo(Rotation.Reason.ON_LEAVE);
				assertThat(skip.until()).isEqualTo(day.plusDays(3));
			});
	}

	@Test
	void whoDeclinedThisSessionOrAnyInTheLastTwoWeeksIsSkipped() {
		held(daysAgo(10), 10, BEN);
		held(daysAgo(12), 10, CHEN);
		Long other = upcoming(daysAhead(3), 10);
		Long target = upcoming(daysAhead(30), 10);
		Rotation.Decline recent = new Rotation.Decline(other, ANA.id(), NOW.minus(Duration.ofDays(2)));

		Rotation.Suggestion suggestion = new Rotation(CORE_TEAM, List.of(), List.of(recent), Map.of())
			.plan(this.timeline, NOW)
			.get(target);

		assertThat(suggestion.skipped()).extracting(Rotation.Skip::member).contains(ANA);
		assertThat(suggestion.skipped()).extracting(Rotation.Skip::reason).contains(Rotation.Reason.DECLINED);

		Rotation.Decline longAgo = new Rotation.Decline(other, ANA.id(), NOW.minus(Duration.ofDays(15)));
		Rotation.Suggestion later = new Rotation(CORE_TEAM, List.of(), List.of(longAgo), Map.of())
			.plan(this.timeline, NOW)
			.get(other);
		assertThat(later.pick().orElseThrow().member())
			.as("a decline of this very session counts however old: Ana is left out, as is Ben, who"
					+ " facilitates the session before")
			.isEqualTo(CHEN);
		assertThat(later.skipped()).extracting(Rotation.Skip::member, Rotation.Skip::reason)
			.containsExactly(tuple(ANA, Rotation.Reason.DECLINED), tuple(BEN, Rotation.Reason.PREVIOUS_SESSION));
	}

	@Test
	void nobodyIsSuggestedForTwoSessionsInARow() {
		held(daysAgo(10), 10, BEN);
		held(daysAgo(20), 10, CHEN);
		Long first = upcoming(daysAhead(7), 10);
		Long second = upcoming(daysAhead(14), 10);
		Long third = upcoming(daysAhead(21), 10);

		Map<Long, Rotation.Suggestion> plan = rotation().plan(this.timeline, NOW);

		MemberCard firstPick = plan.get(first).pick().orElseThrow().member();
		MemberCard secondPick = plan.get(second).pick().orElseThrow().member();
		MemberCard thirdPick = plan.get(third).pick().orElseThrow().member();
		assertThat(firstPick).isEqualTo(ANA);
		assertThat(secondPick).as("Ana facilitates the one before; Ben and Chen carry one each, Chen's is older")
			.isEqualTo(CHEN);
		assertThat(thirdPick).as("Chen facilitates the one before; Ana's planned session is newer than Ben's")
			.isEqualTo(BEN);
		assertThat(plan.get(second).skipped()).extracting(Rotation.Skip::reason)
			.containsExactly(Rotation.Reason.PREVIOUS_SESSION);
	}

	@Test
	void whoFacilitatesTheSessionJustBeforeIsSkippedEvenWithTheLightestLoad() {
		held(daysAgo(10), 10, BEN);
		held(daysAgo(20), 10, BEN);
		held(daysAgo(30), 10, CHEN);
		held(daysAgo(40), 10, CHEN);
		upcomingWith(daysAhead(6), 10, ANA);
		Long target = upcoming(daysAhead(7), 10);

		Rotation.Suggestion suggestion = rotation().plan(this.timeline, NOW).get(target);

		assertThat(suggestion.pick().orElseThrow().member())
			.as("Ana facilitates the session before; Ben and Chen carry two each, Chen's are older")
			.isEqualTo(CHEN);
		assertThat(suggestion.skipped()).extracting(Rotation.Skip::member, Rotation.Skip::reason)
			.containsExactly(tuple(ANA, Rotation.Reason.PREVIOUS_SESSION));
	}

	@Test
	void whenEveryoneIsSkippedThereIsNoPick() {
		Long target = upcoming(daysAhead(7), 10);
		LocalDate day = daysAhead(7).atZone(ZoneOffset.UTC).toLocalDate();
		List<Rotation.Leave> everyoneAway = CORE_TEAM.stream()
			.map((member) -> new Rotation.Leave(member.id(), day.minusDays(1), day.plusDays(1)))
			.toList();

		Rotation.Suggestion suggestion = new Rotation(CORE_TEAM, everyoneAway, List.of(), Map.of())
			.plan(this.timeline, NOW)
			.get(target);

		assertThat(suggestion.pick()).isEmpty();
		assertThat(suggestion.reasons()).isEmpty();
		assertThat(suggestion.skipped()).hasSize(3);
	}

	@Test
	void sessionsWithAFacilitatorOrInThePastGetNoSuggestion() {
		upcoming(daysAgo(1), 10);
		upcomingWith(daysAhead(2), 10, BEN);

		Map<Long, Rotation.Suggestion> plan = rotation().plan(this.timeline, NOW);

		assertThat(this.timeline).hasSize(2);
		assertThat(plan).isEmpty();
	}

	@Test
	void theLedgerFlagsWhoeverCarriesMoreThanTwiceTheMedian() {
		for (int day = 5; day <= 60; day += 5) {
			held(daysAgo(day), 10, ANA);
		}
		held(daysAgo(7), 10, BEN);
		held(daysAgo(9), 10, BEN);
		held(daysAgo(11), 10, CHEN);
		upcomingWith(daysAhead(3), 10, BEN);

		List<Rotation.LedgerLine> ledger = rotation().ledger(this.timeline, NOW);

		assertThat(ledger).extracting((line) -> line.member().name()).containsExactly("Ana", "Ben", "Chen");
		assertThat(ledger.get(0).load().sessions()).isEqualTo(12);
		assertThat(ledger.get(0).overloaded()).isTrue();
		assertThat(ledger.get(1).overloaded()).isFalse();
		assertThat(ledger.get(1).upcoming()).isEqualTo(1);
		assertThat(ledger.get(1).load().lastFacilitated()).isEqualTo(daysAgo(7));
		assertThat(ledger.get(2).overloaded()).isFalse();
	}

	@Test
	void aMedianOfZeroCountsAsOneSoTheFirstFacilitatorIsNotFlaggedForOneSession() {
		held(daysAgo(5), 10, ANA);

		assertThat(rotation().ledger(this.timeline, NOW)).noneMatch(Rotation.LedgerLine::overloaded);

		held(daysAgo(6), 10, ANA);
		held(daysAgo(7), 10, ANA);

		assertThat(rotation().ledger(this.timeline, NOW).get(0).overloaded()).isTrue();
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(Rotation.median(List.of(4, 1, 3, 2))).isEqualTo(2.5);
		assertThat(Rotation.median(List.of(5))).isEqualTo(5);
		assertThat(Rotation.median(List.of())).isZero();
	}

	private Rotation rotation() {
		return new Rotation(CORE_TEAM, List.of(), List.of(), Map.of());
	}

	private void held(Instant start, int hourUtc, MemberCard facilitator) {
		upcomingWith(start, hourUtc, facilitator);
	}

	private Long upcoming(Instant day, int hourUtc) {
		return add(day, hourUtc, Set.of());
	}

	private void upcomingWith(Instant day, int hourUtc, MemberCard facilitator) {
		add(day, hourUtc, Set.of(facilitator.id()));
	}

	private Long add(Instant day, int hourUtc, Set<Long> facilitators) {
		Instant start = day.atZone(ZoneOffset.UTC).toLocalDate().atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
		Long id = this.nextId++;
		this.timeline.add(new Rotation.Slot(id, start, NINETY_MINUTES, facilitators));
		this.timeline.sort((a, b) -> a.startsAt().compareTo(b.startsAt()));
		return id;
	}

	private static Instant daysAgo(int days) {
		return NOW.minus(Duration.ofDays(days));
	}

	private static Instant daysAhead(int days) {
		return NOW.plus(Duration.ofDays(days));
	}

}
