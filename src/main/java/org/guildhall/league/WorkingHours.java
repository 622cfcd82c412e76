package org.guildhall.league;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * How much of two people's working days (09:00 to 17:00 where each of them lives) happen
 * at the same time. Across the date line one's Monday meets the other's Tuesday, so the
 * days before and after count too.
 */
final class WorkingHours {

	static final LocalTime DAY_STARTS = LocalTime.of(9, 0);

	static final LocalTime DAY_ENDS = LocalTime.of(17, 0);

	static final Duration WORKING_DAY = Duration.between(DAY_STARTS, DAY_ENDS);

	private WorkingHours() {
	}

	/** The shared working time of two zones around a date (their clocks on that date). */
	static Duration overlap(ZoneId one, ZoneId other, LocalDate date) {
		Instant oneStart = date.atTime(DAY_STARTS).atZone(one).toInstant();
		Instant oneEnd = date.atTime(DAY_ENDS).atZone(one).toInstant();
		Duration best = Duration.ZERO;
		for (int shift = -1; shift <= 1; shift++) {
			LocalDate day = date.plusDays(shift);
			Instant otherStart = day.atTime(DAY_STARTS).atZone(other).toInstant();
			Instant otherEnd = day.atTime(DAY_ENDS).atZone(other).toInstant();
			Instant from = oneStart.isAfter(otherStart) ? oneStart : otherStart;
			Instant to = oneEnd.isBefore(otherEnd) ? oneEnd : otherEnd;
			if (to.isAfter(from) && Duration.between(from, to).compareTo(best) > 0) {
				best = Duration.between(from, to);
			}
		}
		return best;
	}

}
