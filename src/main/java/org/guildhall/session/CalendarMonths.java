package org.guildhall.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month calendar's sessions, by the viewer's local dates, in one statement: the first
 * few of each day with how many more there are, however busy the month.
 */
@Component
@Transactional(readOnly = true)
class CalendarMonths {

	/** How many sessions of a day the month's calendar names; a link lists the others. */
	static final int SHOWN_PER_DAY = 3;

	/** The most sessions one day's list shows; far more than any community runs. */
	static final int DAY_LIMIT = 100;

	private final NamedParameterJdbcTemplate jdbc;

	CalendarMonths(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	SessionCalendarMonth month(YearMonth month, ZoneId zone) {
		return new SessionCalendarMonth(month, days(month.atDay(1).atStartOfDay(zone).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), zone, SHOWN_PER_DAY));
	}

	/** Every session of one local day, up to {@value #DAY_LIMIT}. */
	List<SessionCalendarMonth.Entry> day(LocalDate day, ZoneId zone) {
		SessionCalendarMonth.Day found = days(day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant(), zone, DAY_LIMIT)
			.get(day);
		return (found != null) ? found.sessions() : List.of();
	}

	private Map<LocalDate, SessionCalendarMonth.Day> days(Instant from, Instant to, ZoneId zone, int perDay) {
		Map<LocalDate, List<SessionCalendarMonth.Entry>> shown = new TreeMap<>();
		Map<LocalDate, Integer> totals = new HashMap<>();
		this.jdbc.query("""
				select id, title, starts_at, cancelled, day, total
				  from (select id, title, starts_at, cancelled, (starts_at at time zone :zone)::date as day,
				               row_number() over (partition by (starts_at at time zone :zone)::date
				                                  order by starts_at, id) as position,
				               count(*) over (partition by (starts_at at time zone :zone)::date) as total
				          from community_sessions
				         where starts_at >= :from and starts_at < :to) days
				 where position <= :perDay
				 order by starts_at, id""",
				new MapSqlParameterSource("zone", zone.getId()).addValue("from", Timestamp.from(from))
					.addValue("to", Timestamp.from(to))
					.addValue("perDay", perDay),
				(row) -> {
					LocalDate day = row.getObject("day", LocalDate.class);
					shown.computeIfAbsent(day, (key) -> new ArrayList<>())
						.add(new SessionCalendarMonth.Entry(row.getLong("id"), row.getString("title"),
								row.getTimestamp("starts_at").toInstant(), row.getBoolean("cancelled")));
					totals.put(day, row.getInt("total"));
				});
		Map<LocalDate, SessionCalendarMonth.Day> days = new TreeMap<>();
		shown.forEach((day, entries) -> days.put(day,
				new SessionCalendarMonth.Day(List.copyOf(entries), totals.get(day) - entries.size())));
		return days;
	}

}
