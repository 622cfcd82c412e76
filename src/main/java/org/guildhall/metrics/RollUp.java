package org.guildhall.metrics;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls the catalogue up into daily snapshots. Every run holds a ShedLock lock, so that
 * of several instances on one database one rolls up at a time, and writes its whole range
 * in one transaction, so that a run that dies leaves no half-written day. Each snapshot
 * is an upsert under its unique key: running a day twice gives the same rows.
 */
@Service
public class RollUp {

	private static final Logger log = LoggerFactory.getLogger(RollUp.class);

	static final String LOCK = "metrics-roll-up";

	/** Far longer than a two-year backfill takes; frees the lock if an instance dies. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private static final int ACTIVITY_WINDOW_DAYS = 29;

	private static final String UPSERT = """
			on conflict on constraint metric_snapshots_key
			do update set value = excluded.value, computed_at = excluded.computed_at""";

	private final MetricCatalogue catalogue;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final LockingTaskExecutor locks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final int historyDays;

	RollUp(MetricCatalogue catalogue, NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction,
			LockingTaskExecutor locks, ApplicationEventPublisher events, Clock clock, MetricsSettings settings) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.locks = locks;
		this.events = events;
		this.clock = clock;
		this.zone = settings.timeZone();
		this.historyDays = settings.historyDays();
	}

	/** The day it is now where the community counts its days. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * Rolls up every day since the last complete one, at most {@code history-days} back,
	 * up to yesterday (the nightly run) or including today so far (a lead's "run now",
	 * the start-up; the day becomes complete once a later run sees it over). Empty when
	 * another instance holds the lock or nothing is missing.
	 */
	public Optional<Run> catchUp(RollUpTrigger trigger, Long requestedBy, boolean includingToday) {
		return locked(() -> {
			LocalDate today = today();
			LocalDate last = includingToday ? today : today.minusDays(1);
			LocalDate earliest = today.minusDays(this.historyDays);
			LocalDate first = lastCompleteDay().map((day) -> day.plusDays(1))
				.filter((day) -> day.isAfter(earliest))
				.orElse(earliest);
			if (first.isAfter(last)) {
				if (!includingToday) {
					return null;
				}
				first = today;
			}
			return write(first, last, trigger, requestedBy);
		});
	}

	/** Rolls up a range a lead chose again, such as after correcting old records. */
	public Optional<Run> backfill(LocalDate first, LocalDate last, Long requestedBy) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("A backfill ends on or after its first day");
		}
		return locked(() -> write(first, last, RollUpTrigger.BACKFILL, requestedBy));
	}

	private Optional<Run> locked(LockingTaskExecutor.TaskWithResult<Run> task) {
		try {
			TaskResult<Run> result = this.locks.executeWithLock(task,
					new LockConfiguration(this.clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO));
			return Optional.ofNullable(result.wasExecuted() ? result.getResult() : null);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("The roll-up failed", ex);
		}
	}

	private Optional<LocalDate> lastCompleteDay() {
		return Optional.ofNullable(this.jdbc.getJdbcTemplate()
			.queryForObject("select max(day) from metric_days where complete", LocalDate.class));
	}

	private Run write(LocalDate first, LocalDate last, RollUpTrigger trigger, Long requestedBy) {
		Instant startedAt = this.clock.instant();
		return this.transaction.execute((status) -> {
			MapSqlParameterSource range = range(first, last);
			int rows = 0;
			for (Metric metric : this.catalogue.all()) {
				long metricStarted = System.nanoTime();
				range.addValue("key", metric.key());
				if (metric.kind() == MetricKind.FLOW) {
					rows += this.jdbc
						.update("""
								insert into metric_snapshots (day, metric_key, business_unit, value, computed_at)
								select d::date, :key, null, 0, now()
								  from generate_series(cast(:fromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
								"""
								+ UPSERT, range);
				}
				rows += this.jdbc.update("""
						insert into metric_snapshots (day, metric_key, business_unit, value, computed_at)
						select s.day, :key, case when s.overall then null else s.business_unit end, s.value, now()
						  from (%s) s
						 where s.value is not null and (s.overall or s.business_unit is not null)
						""".formatted(metric.sql()) + UPSERT, range);
				log.debug("Rolled up {} from {} to {} in {} ms", metric.key(), first, last,
						(System.nanoTime() - metricStarted) / 1_000_000);
			}
			// A snapshot this run did not write again stands for a record that is gone.
			this.jdbc.update(
					"delete from metric_snapshots where day between :fromDay and :toDay and computed_at < now()",
					range);
			Instant finishedAt = this.clock.instant();
			range.addValue("startedAt", java.sql.Timestamp.from(startedAt))
				.addValue("finishedAt", java.sql.Timestamp.from(finishedAt))
				.addValue("today", Date.valueOf(today()))
				.addValue("trigger", trigger.name())
				.addValue("rows", rows)
				.addValue("requestedBy", requestedBy);
			this.jdbc
				.update("""
						insert into metric_days (day, rolled_up_at, complete)
						select d::date, :startedAt, d::date < :today
						  from generate_series(cast(:fromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
						on conflict (day) do update set rolled_up_at = excluded.rolled_up_at, complete = excluded.complete""",
						range);
			this.jdbc.update(
					"""
							insert into metric_roll_ups (trigger, first_day, last_day, rows_written, started_at, finished_at, requested_by)
							values (:trigger, :fromDay, :toDay, :rows, :startedAt, :finishedAt, :requestedBy)""",
					range);
			this.events.publishEvent(new MetricsRolledUp(first, last, finishedAt));
			return new Run(trigger, first, last, rows, Duration.between(startedAt, finishedAt));
		});
	}

	/** The parameters every metric's query receives; see {@link Metric}. */
	MapSqlParameterSource range(LocalDate first, LocalDate last) {
		return new MapSqlParameterSource("fromDay", Date.valueOf(first)).addValue("toDay", Date.valueOf(last))
			.addValue("fromTime", first.atStartOfDay(this.zone).toOffsetDateTime())
			.addValue("toTime", last.plusDays(1).atStartOfDay(this.zone).toOffsetDateTime())
			.addValue("activityFromDay", Date.valueOf(first.minusDays(ACTIVITY_WINDOW_DAYS)))
			.addValue("activityFromTime",
					first.minusDays(ACTIVITY_WINDOW_DAYS).atStartOfDay(this.zone).toOffsetDateTime())
			.addValue("zone", this.zone.getId());
	}

	/** What one roll-up did. */
	public record Run(RollUpTrigger trigger, LocalDate firstDay, LocalDate lastDay, int rowsWritten, Duration took) {

		public long days() {
			return java.time.temporal.ChronoUnit.DAYS.between(this.firstDay, this.lastDay) + 1;
		}

	}

}
