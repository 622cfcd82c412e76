package org.guildhall.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.ActingAs;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Six months of outcome measures for the demo's business units, improving as the
 * community grows: availability up, incidents and time to restore down. Loaded once, when
 * none is recorded, before the start-up roll-up.
 */
@Component
@ConditionalOnDemoData
class MetricsDemoData implements DemoDataSet {

	private static final List<String> UNITS = List.of("Payments", "Digital Banking", "Mobile");

	private final OutcomeService outcomes;

	private final Members members;

	private final RollUp rollUp;

	private final JdbcTemplate jdbc;

	MetricsDemoData(OutcomeService outcomes, Members members, RollUp rollUp, JdbcTemplate jdbc) {
		this.outcomes = outcomes;
		this.members = members;
		this.rollUp = rollUp;
		this.jdbc = jdbc;
	}

	@Override
	public DemoStep step() {
		return DemoStep.METRICS;
	}

	@Override
	public boolean load() {
		Long count = this.jdbc.queryForObject("select count(*) from outcome_measures", Long.class);
		if (count > 0) {
			return true;
		}
		MemberPrincipal lead = this.members.principal(DemoPeople.LEAD);
		LocalDate thisMonth = this.rollUp.today().withDayOfMonth(1);
		for (int monthsAgo = 6; monthsAgo >= 1; monthsAgo--) {
			LocalDate start = thisMonth.minusMonths(monthsAgo);
			LocalDate end = start.plusMonths(1).minusDays(1);
			int progress = 6 - monthsAgo;
			for (int u = 0; u < UNITS.size(); u++) {
				String unit = UNITS.get(u);
				record(OutcomeMeasure.AVAILABILITY, unit, start, end, 99.5 + 0.06 * progress - 0.05 * u, lead);
				record(OutcomeMeasure.INCIDENTS, unit, start, end, 9 - progress + u, lead);
				record(OutcomeMeasure.TIME_TO_RESTORE, unit, start, end, 95 - 9 * progress + 5 * u, lead);
			}
			record(OutcomeMeasure.DEVEX_NPS, "Payments", start, end, 5 + 4 * progress, lead);
		}
		LocalDate quarter = thisMonth.minusMonths(3);
		record(OutcomeMeasure.TURNOVER, "Payments", quarter, thisMonth.minusDays(1), 11.5, lead);
		record(OutcomeMeasure.COST_SAVINGS, "Payments", quarter, thisMonth.minusDays(1), 48000, lead);
		return true;
	}

	private void record(OutcomeMeasure measure, String unit, LocalDate start, LocalDate end, double value,
			MemberPrincipal lead) {
		ActingAs.member(lead,
				() -> this.outcomes.record(
						new OutcomeRecord(measure, unit, null, start, end,
								BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)),
						OutcomeOrigin.MANUAL, lead.id(), null));
	}

}
