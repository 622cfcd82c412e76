package org.guildhall.session;

import java.util.List;

import org.guildhall.metrics.Metric;
import org.guildhall.metrics.MetricFamily;
import org.guildhall.metrics.MetricKind;
import org.guildhall.metrics.MetricSource;
import org.guildhall.metrics.MetricUnit;

import org.springframework.stereotype.Component;

/**
 * Sessions in the roll-up: cross-functional sessions (counted once overall and once for
 * each business unit that took part), attendance, and the sessions' NPS over 90 days.
 */
@Component
class SessionMetrics implements MetricSource {

	/** Sessions held in the range whose attendance was recorded, with each attendee. */
	private static final String HELD = """
			select s.id, (s.starts_at at time zone :zone)::date as day, m.business_unit
			  from community_sessions s
			  join session_attendance a on a.session_id = s.id
			  join members m on m.id = a.member_id
			 where not s.cancelled and s.starts_at >= :fromTime and s.starts_at < :toTime""";

	@Override
	public List<Metric> metrics() {
		return List.of(
				new Metric("sessions.cross_functional", "Cross-functional sessions", MetricFamily.COLLABORATION,
						MetricUnit.COUNT, MetricKind.FLOW,
						"Sessions held that day whose attendees came from two or more business units.", """
								with held as (%s),
								cross_functional as (
								    select id, day from held group by id, day having count(distinct business_unit) >= 2
								)
								select c.day, u.business_unit, false as overall, count(distinct c.id) as value
								  from cross_functional c
								  join held u on u.id = c.id and u.business_unit is not null
								 group by c.day, u.business_unit
								union all
								select day, null, true, count(*) from cross_functional group by day""".formatted(HELD),
						"/sessions?when=past"),
				new Metric("sessions.attendance", "Session attendance", MetricFamily.COLLABORATION, MetricUnit.COUNT,
						MetricKind.FLOW, "People recorded as attending the sessions held that day.", """
								with held as (%s)
								select day, business_unit, grouping(business_unit) = 1 as overall, count(*) as value
								  from held
								 group by grouping sets ((day), (day, business_unit))""".formatted(HELD),
						"/sessions?when=past"),
				new Metric("sessions.nps", "Session NPS", MetricFamily.OUTCOMES, MetricUnit.SCORE, MetricKind.LEVEL,
						"NPS of the session feedback given in the 90 days up to the day (% of 9–10 minus % of 0–6), from 3 answers.",
						"""
								with days as (
								    select d::date as day
								      from generate_series(cast(:fromDay as timestamp), cast(:toDay as timestamp), interval '1 day') d
								), answers as (
								    select (f.given_at at time zone :zone)::date as day, f.score, m.business_unit
								      from session_feedback f
								      join members m on m.id = f.member_id
								     where f.given_at >= :fromTime - interval '89 days' and f.given_at < :toTime
								)
								select d.day, a.business_unit, grouping(a.business_unit) = 1 as overall,
								       round(100.0 * (count(*) filter (where a.score >= 9) - count(*) filter (where a.score <= 6))
								             / count(*), 1) as value
								  from days d
								  join answers a on a.day between d.day - 89 and d.day
								 group by grouping sets ((d.day), (d.day, a.business_unit))
								having count(*) >= 3""",
						"/sessions/nps"));
	}

	@Override
	public List<String> activity() {
		return List.of("""
				select a.member_id, (s.starts_at at time zone :zone)::date, false
				  from session_attendance a
				  join community_sessions s on s.id = a.session_id
				 where s.starts_at >= :activityFromTime and s.starts_at < :toTime""", """
				select f.member_id, (s.starts_at at time zone :zone)::date, true
				  from session_facilitators f
				  join community_sessions s on s.id = f.session_id
				 where s.starts_at >= :activityFromTime and s.starts_at < :toTime and not s.cancelled""", """
				select f.member_id, (f.given_at at time zone :zone)::date, false
				  from session_feedback f
				 where f.given_at >= :activityFromTime and f.given_at < :toTime""");
	}

}
