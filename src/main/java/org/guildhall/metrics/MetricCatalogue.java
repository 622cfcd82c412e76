package org.guildhall.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Every metric the roll-up computes: those the feature modules contribute, the
 * community's own (active members and contributors, from the activity each feature
 * reports) and the outcome measures.
 */
@Component
public class MetricCatalogue {

	private final Map<String, Metric> metrics = new LinkedHashMap<>();

	MetricCatalogue(List<MetricSource> sources) {
		List<Metric> all = new ArrayList<>();
		sources.forEach((source) -> all.addAll(source.metrics()));
		List<String> activity = sources.stream().flatMap((source) -> source.activity().stream()).toList();
		if (!activity.isEmpty()) {
			all.add(activeMembers(activity));
			all.add(contributors(activity));
		}
		Stream.of(OutcomeMeasure.values()).map(MetricCatalogue::outcome).forEach(all::add);
		all.sort(Comparator.comparing(Metric::family));
		all.forEach((metric) -> {
			if (this.metrics.put(metric.key(), metric) != null) {
				throw new IllegalStateException("Two metrics share the key " + metric.key());
			}
		});
	}

	public List<Metric> all() {
		return List.copyOf(this.metrics.values());
	}

	public List<Metric> of(MetricFamily family) {
		return this.metrics.values().stream().filter((metric) -> metric.family() == family).toList();
	}

	public Optional<Metric> find(String key) {
		return Optional.ofNullable((key != null) ? this.metrics.get(key) : null);
	}

	private static Metric activeMembers(List<String> activity) {
		return new Metric("community.active_members", "Active members", MetricFamily.COLLABORATION, MetricUnit.COUNT,
				MetricKind.LEVEL,
				"Members who did anything in the 30 days up to the day: logged, shared, attended, answered, paired.",
				windowCount(activity, false), "/members");
	}

	private static Metric contributors(List<String> activity) {
		return new Metric("community.contributors", "Distinct contributors", MetricFamily.COLLABORATION,
				MetricUnit.COUNT, MetricKind.LEVEL,
				"Members who gave something in the 30 days up to the day: wrote an experiment or a share, facilitated, mentored.",
				windowCount(activity, true), "/members");
	}

	/** Distinct members with activity in the 30 days up to each day. */
	private static String windowCount(List<String> activity, boolean contributedOnly) {
		String union = activity.stream().map((query) -> "(" + query + ")").collect(Collectors.joining(" union all "));
		return """
				with activity as (
				    select distinct member_id, day
				      from (%s) a (member_id, day, contributed)
				     where day between :activityFromDay and :toDay %s
				), days as (
				    select d::date as day from generate_series(cast(:fromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
				)
				select d.day, m.business_unit, grouping(m.business_unit) = 1 as overall, count(distinct a.member_id) as value
				  from days d
				  join activity a on a.day between d.day - 29 and d.day
				  join members m on m.id = a.member_id
				 group by grouping sets ((d.day), (d.day, m.business_unit))"""
			.formatted(union, contributedOnly ? "and contributed" : "");
	}

	private static Metric outcome(OutcomeMeasure measure) {
		String sql = """
				with days as (
				    select d::date as day from generate_series(cast(:fromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
				), latest as (
				    select d.day, o.business_unit, o.value
				      from days d
				      cross join lateral (
				          select distinct on (coalesce(o.business_unit, ''), coalesce(o.service, '')) o.business_unit, o.value
				            from outcome_measures o
				           where o.measure = '%s' and o.period_end <= d.day
				           order by coalesce(o.business_unit, ''), coalesce(o.service, ''), o.period_end desc
				      ) o
				)
				select day, business_unit, grouping(business_unit) = 1 as overall, %s(value) as value
				  from latest
				 group by grouping sets ((day), (day, business_unit))"""
			.formatted(measure.name(), measure.additive() ? "sum" : "avg");
		String definition = (measure.additive() ? "Sum" : "Average")
				+ " over services of the latest period recorded that ended by the day.";
		return new Metric(measure.metricKey(), measure.label(), MetricFamily.OUTCOMES, measure.unit(), MetricKind.LEVEL,
				definition, sql, "/metrics/outcomes?measure=" + measure.name());
	}

}
