package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an objective and its key results guard themselves, without a database.
 */
class ObjectiveTests {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private final OkrPeriod period = new OkrPeriod("2026 Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

	@Test
	void checkingInMovesTheScore() {
		Objective objective = objective(incidents(), availability());
		KeyResult incidents = objective.getKeyResults().get(0);

		assertThat(incidents.score().value()).isZero();
		incidents.checkIn(new BigDecimal("35"), Confidence.AT_RISK, "slow", NOW, 7L);

		assertThat(incidents.getCurrentValue()).isEqualByComparingTo("35");
		assertThat(incidents.getLastCheckInAt()).isEqualTo(NOW);
		assertThat(objective.score().value()).isEqualTo(0.75);
	}

	@Test
	void closingFreezesEveryScoreAndRefusesLaterCheckIns() {
		Objective objective = objective(incidents(), availability());
		KeyResult incidents = objective.getKeyResults().get(0);
		incidents.checkIn(new BigDecimal("35"), Confidence.ON_TRACK, null, NOW, 7L);

		objective.close(new BigDecimal("0.7"), "Blameless postmortems", "Migration dips", "Chaos on payments");
		this.period.close(NOW, 1L);

		assertThat(objective.score().formula()).startsWith("frozen");
		assertThat(objective.score().value()).isEqualTo(0.75);
		assertThat(incidents.score().value()).isEqualTo(0.5);
		assertThat(objective.getGrade()).isEqualByComparingTo("0.7");
		assertThatThrownBy(() -> incidents.checkIn(new BigDecimal("30"), Confidence.ON_TRACK, null, NOW, 7L))
			.isInstanceOf(PeriodClosedException.class);
		assertThat(incidents.getCurrentValue()).isEqualByComparingTo("35");
		assertThatThrownBy(() -> objective.describe("New title", null, 1L, 1L))
			.isInstanceOf(PeriodClosedException.class);
	}

	@Test
	void anObjectiveHasOneToFiveKeyResults() {
		assertThatThrownBy(() -> objective()).isInstanceOf(IllegalArgumentException.class);
		KeyResult.Definition[] six = new KeyResult.Definition[6];
		Arrays.fill(six, incidents());
		assertThatThrownBy(() -> objective(six)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aKeyResultMustPointSomewhere() {
		assertThatThrownBy(() -> new KeyResult.Definition("Flat", KeyResultKind.DECREASE_TO, Unit.COUNT,
				new BigDecimal("40"), new BigDecimal("40"), null, 1L))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new KeyResult.Definition("Backwards", KeyResultKind.DECREASE_TO, Unit.COUNT,
				new BigDecimal("40"), new BigDecimal("45"), null, 1L))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMilestoneRunsFromNotDoneToDone() {
		KeyResult.Definition milestone = new KeyResult.Definition("Game day", KeyResultKind.MILESTONE, Unit.HOURS,
				new BigDecimal("7"), new BigDecimal("3"), null, 1L);

		assertThat(milestone.baseline()).isZero();
		assertThat(milestone.target()).isEqualByComparingTo("1");
		assertThat(milestone.unit()).isEqualTo(Unit.COUNT);
	}

	@Test
	void aKeyResultWithoutCheckInForFourteenDaysIsStale() {
		Objective objective = objective(incidents());
		KeyResult incidents = objective.getKeyResults().get(0);
		incidents.checkIn(new BigDecimal("38"), Confidence.ON_TRACK, null, NOW, 7L);

		assertThat(incidents.isStaleAt(NOW.plus(KeyResult.STALE_AFTER).minusSeconds(1))).isFalse();
		assertThat(incidents.isStaleAt(NOW.plus(KeyResult.STALE_AFTER))).isTrue();
	}

	@Test
	void unitsRefuseValuesThatMakeNoSense() {
		assertThat(Unit.COUNT.accepts(new BigDecimal("-1"))).isFalse();
		assertThat(Unit.PERCENT.accepts(new BigDecimal("100.1"))).isFalse();
		assertThat(Unit.PERCENT.accepts(new BigDecimal("99.9"))).isTrue();
		assertThat(Unit.SCORE.accepts(new BigDecimal("-40"))).isTrue();
		assertThat(Unit.SCORE.accepts(new BigDecimal("1e308"))).isFalse();
	}

	@Test
	void keyResultsCanBeReorderedAndRemoved() {
		Objective objective = objective(incidents(), availability());

		objective.reviseKeyResults(Arrays.asList(null, null), List.of(availability(), incidents()));

		assertThat(objective.getKeyResults()).extracting(KeyResult::getTitle)
			.containsExactly("Available 99.9%", "Fewer incidents");
		assertThat(objective.getKeyResults()).extracting(KeyResult::getPosition).containsExactly(0, 1);
	}

	private Objective objective(KeyResult.Definition... definitions) {
		Objective objective = new Objective(this.period, "Improve reliability", null, 1L, 1L);
		objective.reviseKeyResults(Arrays.asList(new Long[definitions.length]), List.of(definitions));
		return objective;
	}

	private static KeyResult.Definition incidents() {
		return new KeyResult.Definition("Fewer incidents", KeyResultKind.DECREASE_TO, Unit.COUNT, new BigDecimal("40"),
				new BigDecimal("30"), BigDecimal.ONE, 7L);
	}

	private static KeyResult.Definition availability() {
		return new KeyResult.Definition("Available 99.9%", KeyResultKind.STAY_ABOVE, Unit.PERCENT,
				new BigDecimal("99.95"), new BigDecimal("99.9"), BigDecimal.ONE, 8L);
	}

}
