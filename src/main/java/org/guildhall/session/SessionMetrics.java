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
			  join member_units m on m.member_id = a.member_id
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
						"/sessions?when=past&from={from}&to={to}"),
				new Metric("sessions.attendance", "Session attendance", MetricFamily.COLLABORATION, MetricUnit.COUNT,
						MetricKind.FLOW, "People recorded as attending the sessions held that day.", """
								with held as (%s)
								select day, business_unit, grouping(business_unit) = 1 as overall, count(*) as value
								  from held
								 group by grouping sets ((day), (day, business_unit))""".formatted(HELD),
						"/sessions?when=past&from={from}&to={to}"),
				new Metric("sessions.nps", "Session NPS", MetricFamily.OUTCOMES, MetricUnit.SCORE, MetricKind.LEVEL,
						"NPS of the session feedback given in the 90 days up to the day (% of 9–10 minus % of 0–6), from 3 answers.",
						"""
								with answers as (
								    select (f.given_at at time zone :zone)::date as day, m.business_unit, f.score
								      from session_feedback f
								      join member_units m on m.member_id = f.member_id
								     where f.given_at >= :fromTime - interval '89 days' and f.given_at < :toTime
								), daily as (
								    select day, business_unit, grouping(business_unit) = 1 as overall, count(*) as answers,
								           count(*) filter (where score >= 9) as promoters,
								           count(*) filter (where score <= 6) as detractors
								      from answers
								     group by grouping sets ((day), (day, business_unit))
								), grid as (
								    select d::date as day, u.business_unit, u.overall
								      from generate_series(cast(:fromDay as timestamp) - interval '89 days', cast(:toDay as timestamp),
								                           interval '1 day') d
								      cross join (select distinct business_unit, overall from daily) u
								), rolled as (
								    select g.day, g.business_unit, g.overall,
								           sum(coalesce(a.answers, 0)) over last90 as answers,
								           sum(coalesce(a.promoters, 0)) over last90 as promoters,
								           sum(coalesce(a.detractors, 0)) over last90 as detractors
								      from grid g
								      left join daily a on a.day = g.day and a.overall = g.overall
								                       and coalesce(a.business_unit, '') = coalesce(g.business_unit, '')
								    window last90 as (partition by g.overall, g.business_unit order by g.day
								                      rows between 89 preceding and current row)
								)
								select day, business_unit, overall, round(100.0 * (promoters - detractors) / answers, 1) as value
								  from rolled
								 where day between :fromDay and :toDay and answers >= 3""",
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
