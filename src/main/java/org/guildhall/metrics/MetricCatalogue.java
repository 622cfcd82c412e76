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
class MetricCatalogue {

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

	/**
	 * Distinct members with activity in the 30 days up to each day. A window join of days
	 * and activities costs days × activities; instead each member's activities become
	 * spans of days they count as active (an activity covers itself and the 29 days
	 * after), and a running sum of spans starting and ending gives each day's count.
	 */
	private static String windowCount(List<String> activity, boolean contributedOnly) {
		String union = activity.stream().map((query) -> "(" + query + ")").collect(Collectors.joining(" union all "));
		return """
				with activity as (
				    select distinct member_id, day
				      from (%s) a (member_id, day, contributed)
				     where day between :activityFromDay and :toDay %s
				), gaps as (
				    select member_id, day,
				           coalesce(day - lag(day) over (partition by member_id order by day) > 30, true) as starts_span
				      from activity
				), spans as (
				    select member_id, min(day) as first_day, max(day) + 29 as last_day
				      from (select member_id, day,
				                   count(*) filter (where starts_span) over (partition by member_id order by day) as span
				              from gaps) numbered
				     group by member_id, span
				), changes as (
				    select s.first_day as day, m.business_unit, 1 as change from spans s join member_units m on m.member_id = s.member_id
				    union all
				    select s.last_day + 1, m.business_unit, -1 from spans s join member_units m on m.member_id = s.member_id
				), daily as (
				    select day, business_unit, grouping(business_unit) = 1 as overall, sum(change) as change
				      from changes
				     group by grouping sets ((day), (day, business_unit))
				), grid as (
				    select d::date as day, u.business_unit, u.overall
				      from generate_series(cast(:activityFromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
				      cross join (select distinct business_unit, overall from daily) u
				), counted as (
				    select g.day, g.business_unit, g.overall,
				           sum(coalesce(c.change, 0)) over (partition by g.overall, g.business_unit order by g.day) as value
				      from grid g
				      left join daily c on c.day = g.day and c.overall = g.overall
				                       and coalesce(c.business_unit, '') = coalesce(g.business_unit, '')
				)
				select day, business_unit, overall, value from counted
				 where day between :fromDay and :toDay and value > 0"""
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
