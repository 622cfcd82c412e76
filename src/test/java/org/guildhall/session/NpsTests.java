package org.guildhall.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NpsTests {

	@Test
	void noAnswersIsNotEnoughAndHasNoScore() {
		Nps nps = Nps.of();

		assertThat(nps.answers()).isZero();
		assertThat(nps.isEnough()).isFalse();
		assertThat(nps.display()).isEqualTo("not enough answers");
		assertThatIllegalStateException().isThrownBy(nps::score);
	}

	@Test
	void twoAnswersAreNotEnoughEvenWhenBothArePromoters() {
		assertThat(Nps.of(10, 10).display()).isEqualTo("not enough answers");
	}

	@Test
	void allPassivesScoreZero() {
		Nps nps = Nps.of(7, 8, 7, 8);

		assertThat(nps.score()).isZero();
		assertThat(nps.display()).isEqualTo("0");
		assertThat(nps.passives()).isEqualTo(4);
	}

	@Test
	void promotersMinusDetractorsAsPercentages() {
		// 2 promoters, 1 passive, 1 detractor out of 4: 50% - 25%
		assertThat(Nps.of(9, 10, 8, 6).score()).isEqualTo(25);
		assertThat(Nps.of(9, 10, 8, 6).display()).isEqualTo("+25");
	}

	@Test
	void theBoundariesAre6And7And8And9() {
		Nps nps = Nps.of(0, 6, 7, 8, 9, 10);

		assertThat(nps.detractors()).isEqualTo(2);
		assertThat(nps.passives()).isEqualTo(2);
		assertThat(nps.promoters()).isEqualTo(2);
		assertThat(nps.score()).isZero();
	}

	@Test
	void rangesFromMinus100To100AndRounds() {
		assertThat(Nps.of(0, 3, 6).score()).isEqualTo(-100);
		assertThat(Nps.of(9, 9, 10).score()).isEqualTo(100);
		// 1 promoter, 2 passives: 33.3 rounds to 33
		assertThat(Nps.of(9, 7, 7).score()).isEqualTo(33);
		assertThat(Nps.of(0, 7, 7).display()).isEqualTo("-33");
	}

	@Test
	void aScoreOutsideZeroToTenIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(11));
		assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(-1));
	}

}
