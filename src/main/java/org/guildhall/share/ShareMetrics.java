package org.guildhall.share;

import java.util.List;

import org.guildhall.metrics.Metric;
import org.guildhall.metrics.MetricFamily;
import org.guildhall.metrics.MetricKind;
import org.guildhall.metrics.MetricSource;
import org.guildhall.metrics.MetricUnit;

import org.springframework.stereotype.Component;

/** Knowledge shares in the roll-up, counted for their author's business unit. */
@Component
class ShareMetrics implements MetricSource {

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric("shares.published", "Knowledge shares", MetricFamily.COLLABORATION, MetricUnit.COUNT,
				MetricKind.FLOW, "Failure and success stories, postmortems, how-tos and talks shared that day.", """
						select s.shared_on as day, m.business_unit, grouping(m.business_unit) = 1 as overall,
						       count(*) as value
						  from knowledge_shares s
						  join member_units m on m.member_id = s.author_id
						 where s.shared_on between :fromDay and :toDay
						 group by grouping sets ((1), (1, 2))""", "/shares?from={from}&to={to}"));
	}

	@Override
	public List<String> activity() {
		return List.of("""
				select s.author_id, s.shared_on, true
				  from knowledge_shares s
				 where s.shared_on between :activityFromDay and :toDay""", """
				select p.member_id, s.shared_on, false
				  from knowledge_share_people p
				  join knowledge_shares s on s.id = p.knowledge_share_id
				 where s.shared_on between :activityFromDay and :toDay""");
	}

}
