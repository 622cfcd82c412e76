package org.guildhall.experiment;

import java.util.ArrayList;
import java.util.List;

import org.guildhall.metrics.Metric;
import org.guildhall.metrics.MetricFamily;
import org.guildhall.metrics.MetricKind;
import org.guildhall.metrics.MetricSource;
import org.guildhall.metrics.MetricUnit;

import org.springframework.stereotype.Component;

/**
 * The experiments family of the roll-up: logged, concluded by outcome, chaos experiments
 * and promotions up the scope ladder, each counted for its author's business unit.
 */
@Component
class ExperimentMetrics implements MetricSource {

	@Override
	public List<Metric> metrics() {
		List<Metric> metrics = new ArrayList<>();
		metrics.add(flow("experiments.logged", "Experiments logged", "Experiments logged that day.", "e.created_at",
				"true", "/experiments?dates=LOGGED&from={from}&to={to}"));
		for (Outcome outcome : Outcome.values()) {
			String name = outcome.name().toLowerCase();
			metrics.add(flow("experiments.concluded." + name, "Experiments concluded: " + name,
					"Experiments concluded that day as " + name + ".", "e.concluded_at",
					"e.outcome = '" + outcome.name() + "'",
					"/experiments?outcome=" + outcome.name() + "&dates=CONCLUDED&from={from}&to={to}"));
		}
		metrics.add(flow("experiments.chaos", "Chaos experiments", "Chaos experiments logged that day.", "e.created_at",
				"e.kind = 'CHAOS_EXPERIMENT'", "/experiments?kind=CHAOS_EXPERIMENT&dates=LOGGED&from={from}&to={to}"));
		metrics.add(new Metric("experiments.promotions", "Promotions up the scope ladder", MetricFamily.EXPERIMENTS,
				MetricUnit.COUNT, MetricKind.FLOW,
				"Experiments scaled up one rung (sandbox, team, business unit, company) that day.", """
						select (p.promoted_at at time zone :zone)::date as day, m.business_unit,
						       grouping(m.business_unit) = 1 as overall, count(*) as value
						  from experiment_promotions p
						  join experiments e on e.id = p.experiment_id
						  join member_units m on m.member_id = e.author_id
						 where p.promoted_at >= :fromTime and p.promoted_at < :toTime
						 group by grouping sets ((1), (1, 2))""", "/experiments"));
		return metrics;
	}

	@Override
	public List<String> activity() {
		return List.of("""
				select e.author_id, (e.created_at at time zone :zone)::date, true
				  from experiments e
				 where e.created_at >= :activityFromTime and e.created_at < :toTime""", """
				select c.member_id, (e.created_at at time zone :zone)::date, true
				  from experiment_co_authors c
				  join experiments e on e.id = c.experiment_id
				 where e.created_at >= :activityFromTime and e.created_at < :toTime""");
	}

	private static Metric flow(String key, String name, String definition, String timeColumn, String condition,
			String records) {
		return new Metric(key, name, MetricFamily.EXPERIMENTS, MetricUnit.COUNT, MetricKind.FLOW, definition, """
				select (%1$s at time zone :zone)::date as day, m.business_unit,
				       grouping(m.business_unit) = 1 as overall, count(*) as value
				  from experiments e
				  join member_units m on m.member_id = e.author_id
				 where %1$s >= :fromTime and %1$s < :toTime and %2$s
				 group by grouping sets ((1), (1, 2))""".formatted(timeColumn, condition), records);
	}

}
