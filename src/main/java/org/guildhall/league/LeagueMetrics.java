package org.guildhall.league;

import java.util.List;

import org.guildhall.metrics.Metric;
import org.guildhall.metrics.MetricFamily;
import org.guildhall.metrics.MetricKind;
import org.guildhall.metrics.MetricSource;
import org.guildhall.metrics.MetricUnit;

import org.springframework.stereotype.Component;

/**
 * The league in the roll-up: pairings across business units (counted once overall and
 * once for each of the two units), pairings completed and heroes created.
 */
@Component
class LeagueMetrics implements MetricSource {

	@Override
	public List<Metric> metrics() {
		return List.of(
				new Metric("pairings.cross_unit", "Cross-business-unit pairings", MetricFamily.COLLABORATION,
						MetricUnit.COUNT, MetricKind.FLOW,
						"Pairings that started that day between a hero and a sidekick of different business units.", """
								with started as (
								    select p.id, (p.activated_at at time zone :zone)::date as day,
								           h.business_unit as hero_unit, s.business_unit as sidekick_unit
								      from pairings p
								      join member_units h on h.member_id = p.hero_id
								      join member_units s on s.member_id = p.sidekick_id
								     where p.activated_at >= :fromTime and p.activated_at < :toTime
								       and h.business_unit <> s.business_unit
								)
								select day, unit as business_unit, false as overall, count(*) as value
								  from started cross join lateral (values (hero_unit), (sidekick_unit)) u (unit)
								 group by day, unit
								union all
								select day, null, true, count(*) from started group by day""", "/league/pairings"),
				new Metric("pairings.completed", "Pairings completed", MetricFamily.COLLABORATION, MetricUnit.COUNT,
						MetricKind.FLOW, "Pairings completed that day, counted for the sidekick's business unit.", """
								select (p.closed_at at time zone :zone)::date as day, m.business_unit,
								       grouping(m.business_unit) = 1 as overall, count(*) as value
								  from pairings p
								  join member_units m on m.member_id = p.sidekick_id
								 where p.status = 'COMPLETED' and p.closed_at >= :fromTime and p.closed_at < :toTime
								 group by grouping sets ((1), (1, 2))""", "/league/pairings"),
				new Metric("league.heroes_created", "Heroes created", MetricFamily.COLLABORATION, MetricUnit.COUNT,
						MetricKind.FLOW, "Former sidekicks who became the hero of a pairing of their own that day.", """
								select (c.created_at at time zone :zone)::date as day, m.business_unit,
								       grouping(m.business_unit) = 1 as overall, count(*) as value
								  from heroes_created c
								  join member_units m on m.member_id = c.member_id
								 where c.created_at >= :fromTime and c.created_at < :toTime
								 group by grouping sets ((1), (1, 2))""", "/league/tables"));
	}

	@Override
	public List<String> activity() {
		return List.of("""
				select p.hero_id, c.met_on, true
				  from pairing_check_ins c
				  join pairings p on p.id = c.pairing_id
				 where c.met_on between :activityFromDay and :toDay""", """
				select p.sidekick_id, c.met_on, false
				  from pairing_check_ins c
				  join pairings p on p.id = c.pairing_id
				 where c.met_on between :activityFromDay and :toDay""");
	}

}
