package org.guildhall.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A month of sessions as the calendar shows it, by the viewer's local dates: a few
 * sessions of each day and how many more there are, so that a busy month still renders a
 * page of the same size.
 */
record SessionCalendarMonth(YearMonth month, Map<LocalDate, Day> days) {

	/** A day's first sessions, and how many more it has. */
	record Day(List<Entry> sessions, int more) {
	}

	/** A session as a calendar names it. */
	record Entry(Long id, String title, Instant startsAt, boolean cancelled) {
	}

	public boolean isEmpty() {
		return this.days.isEmpty();
	}

	/**
	 * The weeks the month's grid shows, Monday first, with the days of the months around.
	 */
	public List<List<LocalDate>> weeks() {
		LocalDate first = this.month.atDay(1);
		LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
		List<List<LocalDate>> weeks = new ArrayList<>();
		for (LocalDate monday = start; !monday.isAfter(this.month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
			List<LocalDate> week = new ArrayList<>(7);
			for (int i = 0; i < 7; i++) {
				week.add(monday.plusDays(i));
			}
			weeks.add(week);
		}
		return weeks;
	}

}
