package org.guildhall.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTests {

	private static final Instant NOON_UTC = Instant.parse("2026-11-26T12:00:00Z");

	private final Times times = new Times(Clock.fixed(NOON_UTC, ZoneOffset.UTC));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void showsInstantsInTheSignedInViewersOwnZone() {
		signInAs(ZoneId.of("America/Bogota"));

		assertThat(this.times.dateTime(NOON_UTC)).isEqualTo("26 Nov 2026, 07:00 COT");
	}

	@Test
	void anotherViewerSeesTheSameInstantInTheirZone() {
		signInAs(ZoneId.of("Asia/Kolkata"));

		assertThat(this.times.dateTime(NOON_UTC)).isEqualTo("26 Nov 2026, 17:30 IST");
	}

	@Test
	void withoutAViewerTimesAreInUtc() {
		assertThat(this.times.dateTime(NOON_UTC)).isEqualTo("26 Nov 2026, 12:00 UTC");
	}

	@Test
	void tellsTheTimeNowInSomeoneElsesZone() {
		assertThat(this.times.nowIn("Europe/Madrid")).isEqualTo("13:00");
	}

	@Test
	void datesHaveNoZoneAndNothingIsShownForMissingValues() {
		assertThat(this.times.date(LocalDate.of(2024, 7, 28))).isEqualTo("28 Jul 2024");
		assertThat(this.times.dateTime(null)).isEmpty();
		assertThat(this.times.iso(NOON_UTC)).isEqualTo("2026-11-26T12:00:00Z");
	}

	private static void signInAs(ZoneId zone) {
		Viewer viewer = () -> zone;
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(viewer, null, List.of()));
	}

}
