package org.guildhall.league;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes points and badges. Each point is keyed by member, rule and the record behind it,
 * each badge by member, so the same event arriving twice (a retry, a replay) counts once.
 */
@Component
class LeaguePoints {

	private final NamedParameterJdbcTemplate jdbc;

	LeaguePoints(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void award(Long memberId, PointRule rule, long sourceId, Instant at) {
		award(memberId, rule, sourceId, 0, at);
	}

	/**
	 * Points for one step of a record that earns more than once, such as each rung
	 * climbed.
	 */
	void award(Long memberId, PointRule rule, long sourceId, int step, Instant at) {
		this.jdbc.update("""
				insert into league_points (member_id, rule, source_id, source_step, points, occurred_at)
				values (:member, :rule, :source, :step, :points, :at) on conflict do nothing""",
				new MapSqlParameterSource("member", memberId).addValue("rule", rule.name())
					.addValue("source", sourceId)
					.addValue("step", step)
					.addValue("points", rule.points())
					.addValue("at", Timestamp.from(at)));
	}

	void badge(Long memberId, Badge badge, long sourceId, Instant at) {
		this.jdbc.update("""
				insert into league_badges (member_id, badge, source_id, earned_at)
				values (:member, :badge, :source, :at) on conflict do nothing""",
				new MapSqlParameterSource("member", memberId).addValue("badge", badge.name())
					.addValue("source", sourceId)
					.addValue("at", Timestamp.from(at)));
	}

}
