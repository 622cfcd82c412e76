package org.guildhall.okr;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreTests {

	@Test
	void decreaseScoresHowFarTheValueFellTowardsTheTarget() {
		Score score = Score.of(KeyResultKind.DECREASE_TO, number("40"), number("30"), number("35"));

		assertThat(score.value()).isEqualTo(0.5);
		assertThat(score.formula()).isEqualTo("(35 − 40) ÷ (30 − 40) = 0.50");
		assertThat(score.band()).isEqualTo(Score.Band.AMBER);
	}

	@Test
	void increaseScoresHowFarTheValueRoseTowardsTheTarget() {
		Score score = Score.of(KeyResultKind.INCREASE_TO, number("50"), number("65"), number("62"));

		assertThat(score.value()).isCloseTo(0.8, within(1e-9));
		assertThat(score.band()).isEqualTo(Score.Band.GREEN);
	}

	@Test
	void overshootIsCappedAtOne() {
		Score up = Score.of(KeyResultKind.INCREASE_TO, number("0"), number("6"), number("9"));
		Score down = Score.of(KeyResultKind.DECREASE_TO, number("40"), number("30"), number("20"));

		assertThat(up.value()).isEqualTo(1.0);
		assertThat(up.formula()).isEqualTo("(9 − 0) ÷ (6 − 0) = 1.50, capped at 1.00");
		assertThat(down.value()).isEqualTo(1.0);
	}

	@Test
	void goingTheWrongWayIsRaisedToZero() {
		Score up = Score.of(KeyResultKind.INCREASE_TO, number("50"), number("65"), number("45"));
		Score down = Score.of(KeyResultKind.DECREASE_TO, number("40"), number("30"), number("44"));

		assertThat(up.value()).isZero();
		assertThat(up.formula()).endsWith("= -0.33, raised to 0.00");
		assertThat(down.value()).isZero();
		assertThat(down.band()).isEqualTo(Score.Band.RED);
	}

	@Test
	void aGuardrailScoresOneWhileHeldAndZeroWhenBreached() {
		assertThat(Score.of(KeyResultKind.STAY_ABOVE, number("99.8"), number("99.9"), number("99.95")).value())
			.isEqualTo(1.0);
		assertThat(Score.of(KeyResultKind.STAY_ABOVE, number("99.8"), number("99.9"), number("99.9")).value())
			.isEqualTo(1.0);
		Score breached = Score.of(KeyResultKind.STAY_ABOVE, number("99.8"), number("99.9"), number("99.85"));
		assertThat(breached.value()).isZero();
		assertThat(breached.formula()).isEqualTo("99.85 < 99.9, breached: 0.00");

		assertThat(Score.of(KeyResultKind.STAY_BELOW, number("5"), number("10"), number("7")).value()).isEqualTo(1.0);
		assertThat(Score.of(KeyResultKind.STAY_BELOW, number("5"), number("10"), number("11")).value()).isZero();
	}

	@Test
	void aMilestoneIsDoneOrNot() {
		assertThat(Score.of(KeyResultKind.MILESTONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE).value())
			.isEqualTo(1.0);
		assertThat(Score.of(KeyResultKind.MILESTONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO).formula())
			.isEqualTo("not done yet: 0.00");
	}

	@Test
	void anObjectiveScoresTheMeanOfItsKeyResults() {
		Score score = Score.objective(List.of(new Score(0.5, ""), new Score(1, "")),
				List.of(BigDecimal.ONE, BigDecimal.ONE));

		assertThat(score.value()).isEqualTo(0.75);
		assertThat(score.formula()).isEqualTo("mean of 0.50, 1.00 = 0.75");
	}

	@Test
	void weightsCountWhenTheyDiffer() {
		Score score = Score.objective(List.of(new Score(0.5, ""), new Score(1, "")), List.of(number("2"), number("1")));

		assertThat(score.value()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(score.formula()).isEqualTo("(0.50 × 2 + 1.00 × 1) ÷ 3 = 0.67");
	}

	@Test
	void bandsFollowMeasureWhatMatters() {
		assertThat(new Score(0.7, "").band()).isEqualTo(Score.Band.GREEN);
		assertThat(new Score(0.69, "").band()).isEqualTo(Score.Band.AMBER);
		assertThat(new Score(0.4, "").band()).isEqualTo(Score.Band.AMBER);
		assertThat(new Score(0.39, "").band()).isEqualTo(Score.Band.RED);
	}

	@Test
	void aClosedPeriodsScoreIsFrozen() {
		Score frozen = Score.frozen(number("0.625"));

		assertThat(frozen.value()).isEqualTo(0.625);
		assertThat(frozen.formula()).startsWith("frozen when the period closed");
	}

	@Test
	void aScoreOutsideZeroToOneCannotExist() {
		assertThatThrownBy(() -> new Score(1.01, "")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Score(-0.01, "")).isInstanceOf(IllegalArgumentException.class);
	}

	private static BigDecimal number(String value) {
		return new BigDecimal(value);
	}

}
