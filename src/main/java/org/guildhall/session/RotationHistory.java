package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.member.MemberCard;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the rotation weighs, read in a few statements: the sessions with their
 * facilitators, leaves, "not this one" declines, and when each core-team member last
 * facilitated.
 */
@Component
class RotationHistory {

	/** The most sessions one plan looks at; a bound on the work of a page. */
	private static final int TIMELINE_LIMIT = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final CoreTeamLeaveRepository leaves;

	RotationHistory(NamedParameterJdbcTemplate jdbc, CoreTeamLeaveRepository leaves) {
		this.jdbc = jdbc;
		this.leaves = leaves;
	}

	/**
	 * Sessions that are not cancelled, in start order, with their facilitators; one
	 * statement.
	 */
	List<Rotation.Slot> timeline(Instant from, Instant to) {
		Map<Long, Rotation.Slot> slots = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.id, s.starts_at, s.duration_minutes, f.member_id
				  from (select id, starts_at, duration_minutes from community_sessions
				         where not cancelled and starts_at >= :from and starts_at < :to
				         order by starts_at, id limit :limit) s
				  left join session_facilitators f on f.session_id = s.id
				 order by s.starts_at, s.id""",
				new MapSqlParameterSource().addValue("from", utc(from))
					.addValue("to", utc(to))
					.addValue("limit", TIMELINE_LIMIT),
				(row) -> {
					Long id = row.getLong("id");
					Rotation.Slot slot = slots.get(id);
					if (slot == null) {
						slot = new Rotation.Slot(id, row.getObject("starts_at", OffsetDateTime.class).toInstant(),
								Duration.ofMinutes(row.getInt("duration_minutes")), new HashSet<>());
						slots.put(id, slot);
					}
					long memberId = row.getLong("member_id");
					if (!row.wasNull()) {
						slot.facilitatorIds().add(memberId);
					}
				});
		return List.copyOf(slots.values());
	}

	List<Rotation.Leave> currentLeaves(Instant from) {
		return this.leaves.findEndingOnOrAfter(LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1))
			.stream()
			.map((leave) -> new Rotation.Leave(leave.getMemberId(), leave.getStartsOn(), leave.getEndsOn()))
			.toList();
	}

	/** Declines of the last two weeks, and every decline of a session still to come. */
	List<Rotation.Decline> declinesSince(Instant now) {
		return this.jdbc.query("""
				select d.session_id, d.member_id, d.declined_at from facilitation_declines d
				join community_sessions s on s.id = d.session_id
				where d.declined_at >= :since or s.starts_at > :now""",
				new MapSqlParameterSource().addValue("since", utc(now.minus(Rotation.DECLINE_REST)))
					.addValue("now", utc(now)),
				(row, n) -> new Rotation.Decline(row.getLong("session_id"), row.getLong("member_id"),
						row.getObject("declined_at", OffsetDateTime.class).toInstant()));
	}

	/**
	 * When each core-team member last facilitated before that instant: one index lookup
	 * per member rather than an aggregate over every facilitation ever.
	 */
	Map<Long, Instant> lastFacilitatedBefore(Instant before, List<MemberCard> coreTeam) {
		Map<Long, Instant> last = new HashMap<>();
		if (coreTeam.isEmpty()) {
			return last;
		}
		this.jdbc.query(
				"""
						select m.id as member_id,
						       (select max(s.starts_at) from session_facilitators f join community_sessions s on s.id = f.session_id
						         where f.member_id = m.id and not s.cancelled and s.starts_at < :before) as last
						  from unnest(cast(:ids as bigint[])) m(id)""",
				new MapSqlParameterSource("before", utc(before)).addValue("ids",
						coreTeam.stream().map(MemberCard::id).toArray(Long[]::new)),
				(row) -> {
					OffsetDateTime at = row.getObject("last", OffsetDateTime.class);
					if (at != null) {
						last.put(row.getLong("member_id"), at.toInstant());
					}
				});
		return last;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
