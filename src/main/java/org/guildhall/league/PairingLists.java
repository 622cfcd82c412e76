package org.guildhall.league;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the league's pages read about pairings: a member's, the lead's waiting lists, a
 * pairing's check-ins and skill raises, and the pairs heroes have formed.
 */
@Component
@Transactional(readOnly = true)
class PairingLists {

	private final PairingRepository pairings;

	private final PairingCheckInRepository checkIns;

	private final NamedParameterJdbcTemplate jdbc;

	PairingLists(PairingRepository pairings, PairingCheckInRepository checkIns, NamedParameterJdbcTemplate jdbc) {
		this.pairings = pairings;
		this.checkIns = checkIns;
		this.jdbc = jdbc;
	}

	/** A member's pairings as a page shows them: the open ones first, then the newest. */
	PairingList pairingsOf(Long memberId) {
		return new PairingList(this.pairings.findInvolving(memberId, Limit.of(PairingList.SHOWN)),
				this.pairings.countInvolving(memberId));
	}

	/** Requests without a hero, those who have waited longest first. */
	PairingList waiting() {
		return new PairingList(this.pairings.findWaiting(Limit.of(PairingList.SHOWN)), this.pairings.countWaiting());
	}

	/** Requests with a hero that wait for a lead's yes, the oldest first. */
	PairingList awaitingApproval() {
		return new PairingList(this.pairings.findAwaitingApproval(Limit.of(PairingList.SHOWN)),
				this.pairings.countAwaitingApproval());
	}

	List<PairingCheckIn> checkInsOf(Long pairingId) {
		return this.checkIns.findByPairingIdOrderByMetOnDescIdDesc(pairingId);
	}

	/** The skill raises recorded in a pairing, newest first. */
	List<SkillRaise> raisesOf(Long pairingId) {
		return this.jdbc.query("""
				select skill_id, from_level, to_level, note, raised_at from pairing_skill_raises
				where pairing_id = :pairing order by raised_at desc, id desc""",
				new MapSqlParameterSource("pairing", pairingId),
				(row, n) -> new SkillRaise(row.getLong("skill_id"), row.getInt("from_level"), row.getInt("to_level"),
						row.getString("note"), row.getTimestamp("raised_at").toInstant()));
	}

	/** Hero and sidekick of every pairing that took place or runs with these heroes. */
	Set<List<Long>> pastPairsOf(Collection<Long> heroIds) {
		Set<List<Long>> pairs = new HashSet<>();
		if (!heroIds.isEmpty()) {
			this.pairings.findPastAndPresentOf(heroIds)
				.forEach((pairing) -> pairs.add(List.of(pairing.getHeroId(), pairing.getSidekickId())));
		}
		return pairs;
	}

	/** A skill a hero raised during a pairing, with their note. */
	public record SkillRaise(Long skillId, int fromLevel, int toLevel, String note, Instant raisedAt) {
	}

}
