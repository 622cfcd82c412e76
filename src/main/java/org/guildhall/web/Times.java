package org.guildhall.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants in the viewer's own time zone; used by templates as {@code @times}.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z",
			Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final Clock clock;

	public Times(Clock clock) {
		this.clock = clock;
	}

	public ZoneId viewerZone() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
			return viewer.timeZone();
		}
		return ZoneId.of("UTC");
	}

	/** An instant as the viewer's local date and time, with the zone's short name. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DATE_TIME.format(instant.atZone(viewerZone()));
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	/** The wall-clock time now in another zone, such as a member's. */
	public String nowIn(String zoneId) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(ZoneId.of(zoneId)));
		return TIME.format(now);
	}

	/** ISO form for {@code <time datetime>} attributes. */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : "";
	}

}
