package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Turning the wall-clock time a lead typed into an instant, and judging a session's hours
 * from the point of view of someone in another zone.
 */
final class SessionTimes {

	/** Before this local time a session starts too early to be fair to ask. */
	static final LocalTime DAY_STARTS = LocalTime.of(8, 0);

	/** After this local time a session runs too late to be fair to ask. */
	static final LocalTime DAY_ENDS = LocalTime.of(19, 0);

	private SessionTimes() {
	}

	/**
	 * The instant a date and time mean in a zone. A time the clocks skip (the hour lost
	 * when summer time starts) means nothing, so it is empty; a time that happens twice
	 * (the hour repeated in autumn) means its first occurrence.
	 */
	static Optional<Instant> toInstant(LocalDate date, LocalTime time, ZoneId zone) {
		LocalDateTime local = LocalDateTime.of(date, time);
		List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(ZonedDateTime.ofLocal(local, zone, offsets.get(0)).toInstant());
	}

	/**
	 * Whether a session asks someone in this zone to be there before 08:00 or after 19:00
	 * their time (or across midnight).
	 */
	static boolean isInconvenient(Instant start, Duration duration, ZoneId zone) {
		ZonedDateTime localStart = start.atZone(zone);
		ZonedDateTime localEnd = start.plus(duration).atZone(zone);
		if (localStart.toLocalTime().isBefore(DAY_STARTS)) {
			return true;
		}
		return localEnd.toLocalDate().isAfter(localStart.toLocalDate()) || localEnd.toLocalTime().isAfter(DAY_ENDS);
	}

}
