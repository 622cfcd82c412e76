package org.guildhall.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Session NPS counted by PostgreSQL: per session from its answers; per format, per
 * facilitator and per month from figures kept per month, each in one statement whatever
 * the number of answers.
 */
@Component
@EnableConfigurationProperties(CommunitySessionSettings.class)
class FeedbackFigures implements SchedulingConfigurer {

	private static final String COUNTS = """
			count(*) filter (where f.score >= 9) as promoters,
			count(*) filter (where f.score between 7 and 8) as passives,
			count(*) filter (where f.score <= 6) as detractors""";

	/** How long a refresh waits for more answers of the same burst. */
	private static final Duration REFRESH_DELAY = Duration.ofSeconds(3);

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskScheduler scheduler;

	private final AtomicBoolean refreshPending = new AtomicBoolean();

	private final CommunitySessionSettings settings;

	FeedbackFigures(NamedParameterJdbcTemplate jdbc, TaskScheduler scheduler, CommunitySessionSettings settings) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.settings = settings;
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
	 * NPS of everything answered about sessions that started in that month or since:
	 * overall, per format and per calendar month (UTC), in one statement with grouping
	 * sets over the monthly figures rather than over every answer.
	 */
	Summary summary(YearMonth since) {
		Map<SessionFormat, Nps> byFormat = new EnumMap<>(SessionFormat.class);
		Map<YearMonth, Nps> byMonth = new HashMap<>();
		List<Nps> overall = new ArrayList<>(1);
		this.jdbc.query("""
				select format, month, grouping(format) as any_format, grouping(month) as any_month,
				       sum(promoters) as promoters, sum(passives) as passives, sum(detractors) as detractors
				  from session_nps_monthly
				 where month >= :since
				 group by grouping sets ((), (format), (month))""", new MapSqlParameterSource("since", since.atDay(1)),
				(row) -> {
					if (row.getInt("any_format") == 0) {
						byFormat.put(SessionFormat.valueOf(row.getString("format")), nps(row));
					}
					else if (row.getInt("any_month") == 0) {
						byMonth.put(YearMonth.from(row.getObject("month", LocalDate.class)), nps(row));
					}
					else if (row.getObject("promoters") != null) {
						overall.add(nps(row));
					}
				});
		return new Summary(overall.isEmpty() ? Nps.NONE : overall.get(0), byFormat, byMonth);
	}

	/**
	 * Per facilitator: the answers about every session they facilitated that started in
	 * that month or since.
	 */
	Map<Long, Nps> byFacilitator(YearMonth since) {
		Map<Long, Nps> figures = new HashMap<>();
		this.jdbc.query("""
				select member_id, sum(promoters) as promoters, sum(passives) as passives, sum(detractors) as detractors
				  from facilitator_nps_monthly where month >= :since group by member_id""",
				new MapSqlParameterSource("since", since.atDay(1)), (row) -> {
					figures.put(row.getLong("member_id"), nps(row));
				});
		return figures;
	}

	/**
	 * Brings the monthly figures up to date. Answers come in a few at a time, so a
	 * refresh waits a few seconds for the others of a burst; anything that changed
	 * sessions behind the figures' back is caught by the refresh every few minutes.
	 */
	void refresh() {
		this.refreshPending.set(false);
		this.jdbc.getJdbcTemplate().execute("refresh materialized view concurrently session_nps_monthly");
		this.jdbc.getJdbcTemplate().execute("refresh materialized view concurrently facilitator_nps_monthly");
	}

	@TransactionalEventListener(fallbackExecution = true)
	void refreshSoonAfter(FeedbackGiven given) {
		if (this.refreshPending.compareAndSet(false, true)) {
			this.scheduler.schedule(this::refresh, Instant.now().plus(REFRESH_DELAY));
		}
	}

	/**
	 * Catches up on answers given while no instance ran, on the scheduler's thread: a
	 * refresh at size takes a moment that readiness need not wait for.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void refreshAfterStart() {
		this.scheduler.schedule(this::refresh, Instant.now());
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		Duration interval = this.settings.npsRefreshInterval();
		tasks.addFixedDelayTask(new FixedDelayTask(this::refresh, interval, interval));
	}

	/** The overall NPS, and per format and month where there are answers. */
	record Summary(Nps overall, Map<SessionFormat, Nps> byFormat, Map<YearMonth, Nps> byMonth) {
	}

	private static Nps nps(ResultSet row) throws SQLException {
		return new Nps(row.getLong("promoters"), row.getLong("passives"), row.getLong("detractors"));
	}

}
