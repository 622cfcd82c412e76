package org.guildhall.league;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeagueLevelTests {

	@Test
	void levelsStartAtTheirThresholds() {
		assertThat(LeagueLevel.of(0)).isEqualTo(LeagueLevel.CADET);
		assertThat(LeagueLevel.of(59)).isEqualTo(LeagueLevel.CADET);
		assertThat(LeagueLevel.of(60)).isEqualTo(LeagueLevel.SIDEKICK);
		assertThat(LeagueLevel.of(249)).isEqualTo(LeagueLevel.SIDEKICK);
		assertThat(LeagueLevel.of(250)).isEqualTo(LeagueLevel.HERO);
		assertThat(LeagueLevel.of(750)).isEqualTo(LeagueLevel.LEGEND);
		assertThat(LeagueLevel.LEGEND.next()).isNull();
	}

	@Test
	void theNextStepIsSaidAsActionsWhenItIsNear() {
		assertThat(LeagueProgress.of(240, true).nextStep()).isEqualTo("2 more check-ins to reach Hero.");
		assertThat(LeagueProgress.of(245, true).nextStep()).isEqualTo("1 more check-in to reach Hero.");
		assertThat(LeagueProgress.of(35, false).nextStep()).startsWith("3 more experiments logged to reach Sidekick");
		assertThat(LeagueProgress.of(300, true).nextStep()).startsWith("450 more points to reach Legend");
		assertThat(LeagueProgress.of(800, false).next()).isNull();
		assertThat(LeagueProgress.of(800, false).percent()).isEqualTo(100);
	}

	@Test
	void progressIsTheShareOfTheWayFromOneLevelToTheNext() {
		LeagueProgress halfway = LeagueProgress.of(155, false);

		assertThat(halfway.level()).isEqualTo(LeagueLevel.SIDEKICK);
		assertThat(halfway.percent()).isEqualTo(50);
		assertThat(halfway.toNext()).isEqualTo(95);
	}

	@Test
	void seasonsAreQuarters() {
		assertThat(Season.of(LocalDate.of(2026, 11, 26)).name()).isEqualTo("2026-Q4");
		assertThat(Season.of(LocalDate.of(2026, 1, 1)).previous().name()).isEqualTo("2025-Q4");
		assertThat(Season.parse("2026-Q2")).contains(new Season(2026, 2));
		assertThat(Season.parse("2026-Q5")).isEmpty();
		assertThat(Season.parse("banana")).isEmpty();
		assertThat(new Season(2026, 4).end()).isEqualTo(new Season(2027, 1).start());
	}

}
