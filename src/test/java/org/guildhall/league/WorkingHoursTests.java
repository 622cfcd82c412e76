package org.guildhall.league;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingHoursTests {

	private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 26);

	@Test
	void theSameZoneSharesTheWholeDay() {
		assertThat(overlap("Europe/Madrid", "Europe/Madrid")).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void neighbouringZonesShareAllButTheDifference() {
		assertThat(overlap("Europe/Madrid", "Europe/Lisbon")).isEqualTo(Duration.ofHours(7));
		assertThat(overlap("Europe/Madrid", "Asia/Kolkata")).as("09:00-17:00 CET against 13:30-21:30 IST")
			.isEqualTo(Duration.ofMinutes(210));
	}

	@Test
	void farApartZonesShareNothing() {
		assertThat(overlap("Asia/Kolkata", "America/Los_Angeles")).isZero();
	}

	@Test
	void acrossTheDateLineOnesMondayMeetsTheOthersSunday() {
		// Auckland 09:00-17:00 NZDT is 20:00-04:00 UTC; Los Angeles 09:00-17:00 PST the
		// day before is 17:00-01:00 UTC
		assertThat(overlap("Pacific/Auckland", "America/Los_Angeles")).isEqualTo(Duration.ofHours(5));
		assertThat(overlap("America/Los_Angeles", "Pacific/Auckland")).isEqualTo(Duration.ofHours(5));
		// Honolulu (UTC-10) and Kiritimati (UTC+14) read the same time on different days
		assertThat(overlap("Pacific/Honolulu", "Pacific/Kiritimati")).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void summerTimeChangesTheOverlap() {
		LocalDate july = LocalDate.of(2026, 7, 1);

		assertThat(WorkingHours.overlap(ZoneId.of("Europe/Madrid"), ZoneId.of("America/New_York"), july))
			.isEqualTo(Duration.ofHours(2));
		assertThat(WorkingHours.overlap(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), NOVEMBER))
			.isEqualTo(Duration.ofHours(3));
	}

	private static Duration overlap(String one, String other) {
		return WorkingHours.overlap(ZoneId.of(one), ZoneId.of(other), NOVEMBER);
	}

}
