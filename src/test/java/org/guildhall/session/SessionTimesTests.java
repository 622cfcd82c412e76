package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.guildhall.web.Times;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTimesTests {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	@Test
	void aWallClockTimeBecomesTheInstantItMeansInItsZone() {
		assertThat(SessionTimes.toInstant(LocalDate.of(2026, 12, 1), LocalTime.of(15, 0), MADRID))
			.contains(Instant.parse("2026-12-01T14:00:00Z"));
		assertThat(SessionTimes.toInstant(LocalDate.of(2026, 7, 1), LocalTime.of(15, 0), MADRID))
			.contains(Instant.parse("2026-07-01T13:00:00Z"));
	}

	@Test
	void aTimeTheClocksSkipInSpringMeansNothing() {
		// Madrid jumps from 02:00 to 03:00 on 29 March 2026
		assertThat(SessionTimes.toInstant(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), MADRID)).isEmpty();
		assertThat(SessionTimes.toInstant(LocalDate.of(2026, 3, 29), LocalTime.of(3, 0), MADRID))
			.contains(Instant.parse("2026-03-29T01:00:00Z"));
	}

	@Test
	void aTimeThatHappensTwiceInAutumnMeansItsFirstOccurrence() {
		// Madrid repeats 02:00-03:00 on 25 October 2026: first in summer time (UTC+2)
		assertThat(SessionTimes.toInstant(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), MADRID))
			.contains(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void inTheWeekEuropeAndAmericaChangeClocksOnDifferentDaysTheGapBetweenThemShrinksByAnHour() {
		Instant before = Instant.parse("2026-10-22T14:00:00Z");
		Instant during = Instant.parse("2026-10-29T14:00:00Z");
		Instant after = Instant.parse("2026-11-05T14:00:00Z");
		Duration hour = Duration.ofHours(1);

		assertThat(Times.span(before, before.plus(hour), MADRID)).isEqualTo("Thu 22 Oct 2026, 16:00–17:00 CEST");
		assertThat(Times.span(before, before.plus(hour), NEW_YORK)).isEqualTo("Thu 22 Oct 2026, 10:00–11:00 EDT");
		assertThat(Times.span(during, during.plus(hour), MADRID)).isEqualTo("Thu 29 Oct 2026, 15:00–16:00 CET");
		assertThat(Times.span(during, during.plus(hour), NEW_YORK)).isEqualTo("Thu 29 Oct 2026, 10:00–11:00 EDT");
		assertThat(Times.span(after, after.plus(hour), NEW_YORK)).isEqualTo("Thu 5 Nov 2026, 09:00–10:00 EST");
	}

	@Test
	void aSessionAcrossMidnightNamesBothDays() {
		Instant start = Instant.parse("2026-12-01T17:00:00Z");

		assertThat(Times.span(start, start.plus(Duration.ofHours(2)), KOLKATA))
			.isEqualTo("Tue 1 Dec 2026, 22:30 – Wed 2 Dec 2026, 00:30 IST");
	}

	@Test
	void aSessionWithinTheWorkingDayIsConvenient() {
		Instant start = Instant.parse("2026-12-01T08:00:00Z");

		assertThat(SessionTimes.isInconvenient(start, Duration.ofHours(1), MADRID)).isFalse();
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-12-01T07:00:00Z"), Duration.ofHours(11), MADRID))
			.as("08:00 to 19:00 exactly")
			.isFalse();
	}

	@Test
	void startingBefore8OrEndingAfter19OrAcrossMidnightIsInconvenient() {
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-12-01T06:30:00Z"), Duration.ofHours(1), MADRID))
			.as("07:30 in Madrid")
			.isTrue();
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-12-01T17:30:00Z"), Duration.ofHours(1), MADRID))
			.as("18:30 to 19:30 in Madrid")
			.isTrue();
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-12-01T17:00:00Z"), Duration.ofHours(2), KOLKATA))
			.as("22:30 to 00:30 in Kolkata")
			.isTrue();
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-12-01T14:00:00Z"), Duration.ofHours(1), KOLKATA))
			.as("19:30 in Kolkata")
			.isTrue();
	}

	@Test
	void theSameSessionIsConvenientForOneZoneAndNotForAnother() {
		Instant start = Instant.parse("2026-12-01T13:00:00Z");

		assertThat(SessionTimes.isInconvenient(start, Duration.ofMinutes(90), MADRID)).isFalse();
		assertThat(SessionTimes.isInconvenient(start, Duration.ofMinutes(90), NEW_YORK)).isFalse();
		assertThat(SessionTimes.isInconvenient(start, Duration.ofMinutes(90), ZoneId.of("America/Los_Angeles")))
			.as("05:00 in Los Angeles")
			.isTrue();
	}

	@Test
	void whetherAnHourIsInconvenientFollowsTheClockChangeOfTheFacilitatorsZone() {
		// 06:30 UTC is 08:30 in Madrid in summer time but 07:30 in winter time
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-10-22T06:30:00Z"), Duration.ofHours(1), MADRID))
			.isFalse();
		assertThat(SessionTimes.isInconvenient(Instant.parse("2026-10-29T06:30:00Z"), Duration.ofHours(1), MADRID))
			.isTrue();
	}

}
