package org.guildhall.member;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The few columns that pages show beside other features' records, read by id in one
 * statement each. Plain JDBC with an array parameter: one statement shape whatever the
 * number of ids, and rows mapped straight to records (a Spring Data interface projection
 * built a proxy per row, most of the past sessions page's time).
 */
@Component
class MemberRows {

	/** One skill held by one member. */
	record Holding(long memberId, long skillId, int level) {
	}

	private static final RowMapper<MemberCard> CARD = (rs, row) -> new MemberCard(rs.getLong("id"),
			rs.getString("name"), rs.getString("time_zone"), rs.getString("business_unit"), rs.getBoolean("core_team"));

	private static final RowMapper<Holding> HOLDING = (rs, row) -> new Holding(rs.getLong("member_id"),
			rs.getLong("skill_id"), rs.getInt("level"));

	private final JdbcTemplate jdbc;

	MemberRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<MemberCard> cards(Collection<Long> ids) {
		return this.jdbc.query("select id, name, time_zone, business_unit, core_team from members where id = any(?)",
				CARD, array(ids));
	}

	List<Holding> holdings(Collection<Long> memberIds) {
		return this.jdbc.query("select member_id, skill_id, level from member_skills where member_id = any(?)", HOLDING,
				array(memberIds));
	}

	/** Active leads and members holding any of these skills at this level or more. */
	List<Holding> holdingsAtLeast(Collection<Long> skillIds, int minLevel) {
		return this.jdbc.query("""
				select ms.member_id, ms.skill_id, ms.level
				  from member_skills ms join members m on m.id = ms.member_id
				 where ms.skill_id = any(?) and ms.level >= ? and m.active and m.role <> 'MANAGER'""", HOLDING,
				array(skillIds), minLevel);
	}

	private static Object array(Collection<Long> ids) {
		return ids.toArray(Long[]::new);
	}

}
