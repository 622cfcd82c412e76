package org.guildhall.league;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.web.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many sidekicks each hero takes on at once, and how many they have: what the
 * matchmaking and every approval respect.
 */
@Component
@Transactional(readOnly = true)
class HeroCapacities {

	/** How many active sidekicks a hero takes on when they have not said otherwise. */
	static final int DEFAULT_CAPACITY = 2;

	private final PairingRepository pairings;

	private final NamedParameterJdbcTemplate jdbc;

	HeroCapacities(PairingRepository pairings, NamedParameterJdbcTemplate jdbc) {
		this.pairings = pairings;
		this.jdbc = jdbc;
	}

	/** How many active sidekicks each of these members takes on, in one statement. */
	public Map<Long, Integer> capacitiesOf(Collection<Long> memberIds) {
		Map<Long, Integer> capacities = new HashMap<>();
		memberIds.forEach((id) -> capacities.put(id, DEFAULT_CAPACITY));
		if (!memberIds.isEmpty()) {
			this.jdbc.query("select member_id, capacity from hero_capacities where member_id in (:ids)",
					new MapSqlParameterSource("ids", memberIds), (row) -> {
						capacities.put(row.getLong("member_id"), row.getInt("capacity"));
					});
		}
		return capacities;
	}

	/**
	 * How many sidekicks each of these members has as an active hero, in one statement.
	 */
	public Map<Long, Integer> activeSidekicksOf(Collection<Long> heroIds) {
		Map<Long, Integer> active = new HashMap<>();
		if (!heroIds.isEmpty()) {
			this.jdbc.query("""
					select hero_id, count(*) as active from pairings
					where status = 'ACTIVE' and hero_id in (:ids) group by hero_id""",
					new MapSqlParameterSource("ids", heroIds), (row) -> {
						active.put(row.getLong("hero_id"), row.getInt("active"));
					});
		}
		return active;
	}

	@Transactional
	public void setCapacity(Long memberId, int capacity) {
		if (capacity < 0 || capacity > 10) {
			throw new RuleViolationException("capacity", "pairing.capacity.range");
		}
		this.jdbc.update("""
				insert into hero_capacities (member_id, capacity) values (:member, :capacity)
				on conflict (member_id) do update set capacity = excluded.capacity""",
				new MapSqlParameterSource("member", memberId).addValue("capacity", capacity));
	}

	/** Two approvals for one hero at once must not both take their last place. */
	void lock(Long hero) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('guildhall.hero'), :hero)",
				new MapSqlParameterSource("hero", hero.intValue()), Object.class);
	}

	void requireSpare(Long hero) {
		int capacity = capacitiesOf(List.of(hero)).get(hero);
		if (this.pairings.countActiveAsHero(hero) >= capacity) {
			throw new RuleViolationException("heroId", "pairing.capacity");
		}
	}

}
