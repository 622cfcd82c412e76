package org.guildhall.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Session NPS counted by PostgreSQL: per session, per format, per facilitator and per
 * month, each in one statement whatever the number of answers.
 */
@Component
class FeedbackFigures {

	private static final String COUNTS = """
			count(*) filter (where f.score >= 9) as promoters,
			count(*) filter (where f.score between 7 and 8) as passives,
			count(*) filter (where f.score <= 6) as detractors""";

	private final NamedParameterJdbcTemplate jdbc;

	FeedbackFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Nps> bySession(Collection<Long> sessionIds) {
		Map<Long, Nps> figures = new HashMap<>();
		if (sessionIds.isEmpty()) {
			return figures;
		}
		this.jdbc.query(
				"select f.session_id, " + COUNTS
						+ " from session_feedback f where f.session_id in (:ids) group by f.session_id",
				new MapSqlParameterSource("ids", sessionIds), (row) -> {
					figures.put(row.getLong("session_id"), nps(row));
				});
		return figures;
	}

	Nps ofSession(Long sessionId) {
		return bySession(List.of(sessionId)).getOrDefault(sessionId, Nps.NONE);
	}

	/**
	 * The comments on a session, without who wrote them, in an order that says nothing
	 * about who answered first.
	 */
	List<String> comments(Long sessionId) {
		return this.jdbc.queryForList("""
				select f.comment from session_feedback f
				where f.session_id = :id and f.comment is not null
				order by f.score desc, f.comment""", new MapSqlParameterSource("id", sessionId), String.class);
	}

	/**
	 * NPS of everything answered about sessions that started since then: overall, per
	 * format and per calendar month (UTC), in one statement with grouping sets.
	 */
	Summary summary(Instant since) {
		Map<SessionFormat, Nps> byFormat = new EnumMap<>(SessionFormat.class);
		Map<YearMonth, Nps> byMonth = new HashMap<>();
		List<Nps> overall = new ArrayList<>(1);
		this.jdbc.query("""
				select s.format, date_trunc('month', s.starts_at at time zone 'UTC')::date as month,
				       grouping(s.format) as any_format, grouping(date_trunc('month', s.starts_at at time zone 'UTC'))
				       as any_month, """ + COUNTS + """
				 from session_feedback f join community_sessions s on s.id = f.session_id
				where s.starts_at >= :since
				group by grouping sets ((), (s.format), (date_trunc('month', s.starts_at at time zone 'UTC')))""",
				new MapSqlParameterSource("since", utc(since)), (row) -> {
					if (row.getInt("any_format") == 0) {
						byFormat.put(SessionFormat.valueOf(row.getString("format")), nps(row));
					}
					else if (row.getInt("any_month") == 0) {
						byMonth.put(YearMonth.from(row.getObject("month", LocalDate.class)), nps(row));
					}
					else {
						overall.add(nps(row));
					}
				});
		return new Summary(overall.isEmpty() ? Nps.NONE : overall.get(0), byFormat, byMonth);
	}

	/** Per facilitator: the answers about every session they facilitated. */
	Map<Long, Nps> byFacilitator(Instant since) {
		Map<Long, Nps> figures = new HashMap<>();
		this.jdbc.query("select sf.member_id, " + COUNTS + """
				 from session_feedback f join community_sessions s on s.id = f.session_id
				join session_facilitators sf on sf.session_id = s.id
				where s.starts_at >= :since group by sf.member_id""", new MapSqlParameterSource("since", utc(since)),
				(row) -> {
					figures.put(row.getLong("member_id"), nps(row));
				});
		return figures;
	}

	static Instant startOf(YearMonth month) {
		return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** The overall NPS, and per format and month where there are answers. */
	record Summary(Nps overall, Map<SessionFormat, Nps> byFormat, Map<YearMonth, Nps> byMonth) {
	}

	private static Nps nps(ResultSet row) throws SQLException {
		return new Nps(row.getLong("promoters"), row.getLong("passives"), row.getLong("detractors"));
	}

}
