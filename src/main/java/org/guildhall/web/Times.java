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

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME_ZONE = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);

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

	/**
	 * From start to end in the viewer's zone, such as
	 * {@code Tue 1 Dec 2026, 15:00–16:30 CET}.
	 */
	public String span(Instant start, Instant end) {
		return span(start, end, viewerZone());
	}

	/** From start to end in another zone, such as a facilitator's. */
	public String spanIn(Instant start, Instant end, String zoneId) {
		return span(start, end, ZoneId.of(zoneId));
	}

	/** Whether clocks in that zone show the same time as the viewer's at that instant. */
	public boolean sameClockAsViewer(Instant instant, String zoneId) {
		return instant.atZone(ZoneId.of(zoneId)).getOffset().equals(instant.atZone(viewerZone()).getOffset());
	}

	/** The viewer's wall-clock time of an instant, such as {@code 15:00}. */
	public String time(Instant instant) {
		return (instant != null) ? TIME.format(instant.atZone(viewerZone())) : "";
	}

	/** From start to end in a zone, for code that knows whose zone it writes for. */
	public static String span(Instant start, Instant end, ZoneId zone) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime to = end.atZone(zone);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return DAY.format(from) + ", " + TIME.format(from) + "–" + TIME_ZONE.format(to);
		}
		return DAY.format(from) + ", " + TIME.format(from) + " – " + DAY.format(to) + ", " + TIME_ZONE.format(to);
	}

	/** ISO form for {@code <time datetime>} attributes. */
	public String iso(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : "";
	}

}
