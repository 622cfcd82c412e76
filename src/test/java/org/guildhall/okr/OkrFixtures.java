package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OKR test data, written straight through the repositories. Each period starts the day
 * after the latest existing one, so tests sharing a database never overlap.
 */
@Component
public class OkrFixtures {

	private final OkrPeriodRepository periods;

	private final ObjectiveRepository objectives;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Objectives views;

	OkrFixtures(OkrPeriodRepository periods, ObjectiveRepository objectives, TransactionTemplate transaction,
			JdbcTemplate jdbc, Objectives views) {
		this.periods = periods;
		this.objectives = objectives;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.views = views;
	}

	/** The objective as its page shows it. */
	public ObjectiveView view(Long objectiveId) {
		return this.views.view(objectiveId);
	}

	public synchronized OkrPeriod period() {
		LocalDate start = this.periods.findAllNewestFirst()
			.stream()
			.findFirst()
			.map((latest) -> latest.getEndsOn().plusDays(1))
			.orElse(LocalDate.of(2100, 1, 1));
		LocalDate later = start.isBefore(LocalDate.of(2100, 1, 1)) ? LocalDate.of(2100, 1, 1) : start;
		return this.periods.saveAndFlush(new OkrPeriod("Test " + later, later, later.plusMonths(3).minusDays(1)));
	}

	/**
	 * The open period that holds today, the demo's current quarter: the one the metrics
	 * roll-up has days for.
	 */
	public OkrPeriod currentPeriod() {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		return this.periods.findAllNewestFirst()
			.stream()
			.filter((period) -> !period.isClosed() && !period.getStartsOn().isAfter(today)
					&& !period.getEndsOn().isBefore(today))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo data has an open period for today"));
	}

	/**
	 * An objective owned by {@code owner} with key results "decrease from 40 to 30" owned
	 * by {@code krOwner}.
	 */
	public Objective objective(OkrPeriod period, String title, Long goalId, Long owner, Long krOwner, int keyResults) {
		return this.transaction.execute((status) -> {
			Objective objective = new Objective(this.periods.findById(period.getId()).orElseThrow(), title, null,
					goalId, owner);
			List<Long> ids = new ArrayList<>();
			List<KeyResult.Definition> definitions = new ArrayList<>();
			for (int i = 0; i < keyResults; i++) {
				ids.add(null);
				definitions.add(new KeyResult.Definition(title + " KR " + (i + 1), KeyResultKind.DECREASE_TO,
						Unit.COUNT, new BigDecimal("40"), new BigDecimal("30"), BigDecimal.ONE, krOwner));
			}
			objective.reviseKeyResults(ids, definitions);
			return this.objectives.saveAndFlush(objective);
		});
	}

	/**
	 * Writes check-ins in one batch: one per week before {@code until}, the value falling
	 * by one each week.
	 */
	public void weeklyCheckIns(Objective objective, int weeks, Instant until, Long by) {
		List<Object[]> rows = new ArrayList<>();
		for (KeyResult keyResult : objective.getKeyResults()) {
			for (int week = weeks; week >= 1; week--) {
				rows.add(new Object[] { keyResult.getId(), new BigDecimal(40 - Math.min(10, weeks - week)),
						(week % 5 == 0) ? "AT_RISK" : "ON_TRACK",
						java.sql.Timestamp.from(until.minusSeconds(week * 604800L)), by });
			}
		}
		this.jdbc.batchUpdate("insert into check_ins (key_result_id, value, confidence, recorded_at, recorded_by) "
				+ "values (?, ?, ?, ?, ?)", rows);
	}

	public void close(OkrPeriod period) {
		this.transaction.executeWithoutResult((status) -> {
			OkrPeriod managed = this.periods.findById(period.getId()).orElseThrow();
			this.objectives.findWithKeyResults(List.of(period.getId()))
				.forEach((objective) -> objective.close(BigDecimal.ZERO, null, null, null));
			managed.close(Instant.now(), null);
		});
	}

	public Long goalId(String name) {
		return this.jdbc.queryForObject("select id from business_goals where name = ?", Long.class, name);
	}

	public long checkInsOf(Long keyResultId) {
		return this.jdbc.queryForObject("select count(*) from check_ins where key_result_id = ?", Long.class,
				keyResultId);
	}

}
