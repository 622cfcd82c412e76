package org.guildhall.league;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.member.Members;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * League tables and a member's standing, each counted by PostgreSQL in one statement
 * whatever the number of members. The individual table shows a member their own place and
 * the five above and below, never everyone's; members who opted out appear in none.
 */
@Service
@Transactional(readOnly = true)
class LeagueStandings {

	/** How many places above and below their own a member sees. */
	static final int NEIGHBOURS = 5;

	/** How many teams and pairs the tables show. */
	static final int TOP = 10;

	private final NamedParameterJdbcTemplate jdbc;

	private final Members members;

	LeagueStandings(NamedParameterJdbcTemplate jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** A member's points in all seasons and in this one. */
	public Totals totalsOf(Long memberId, Season season) {
		return this.jdbc.queryForObject("""
				select coalesce(sum(points), 0) as total,
				       coalesce(sum(points) filter (where occurred_at >= :from and occurred_at < :to), 0) as season
				from league_points where member_id = :member""", season(season).addValue("member", memberId),
				(row, n) -> new Totals(row.getLong("total"), row.getLong("season")));
	}

	/** The newest points a member earned, each with the record behind it. */
	public List<Earned> recentPointsOf(Long memberId, int newest) {
		return this.jdbc.query("""
				select rule, source_id, points, occurred_at from league_points where member_id = :member
				order by occurred_at desc, id desc limit :limit""",
				new MapSqlParameterSource("member", memberId).addValue("limit", newest),
				(row, n) -> new Earned(PointRule.valueOf(row.getString("rule")), row.getLong("source_id"),
						row.getInt("points"), row.getTimestamp("occurred_at").toInstant()));
	}

	/** How many times a member earned each rule's points: what they have done so far. */
	public Map<PointRule, Long> countsOf(Long memberId) {
		Map<PointRule, Long> counts = new EnumMap<>(PointRule.class);
		this.jdbc.query("select rule, count(*) as times from league_points where member_id = :member group by rule",
				new MapSqlParameterSource("member", memberId), (row) -> {
					counts.put(PointRule.valueOf(row.getString("rule")), row.getLong("times"));
				});
		return counts;
	}

	public List<EarnedBadge> badgesOf(Long memberId) {
		return this.jdbc.query(
				"select badge, source_id, earned_at from league_badges where member_id = :member order by earned_at",
				new MapSqlParameterSource("member", memberId),
				(row, n) -> new EarnedBadge(Badge.valueOf(row.getString("badge")), row.getLong("source_id"),
						row.getTimestamp("earned_at").toInstant()));
	}

	/**
	 * The member's place in the season and the places around it, or nothing when they are
	 * not on the table (no points yet, or opted out).
	 */
	public List<Place> around(Long memberId, Season season) {
		List<Place> places = this.jdbc.query("""
				with totals as (
				    select p.member_id, sum(p.points) as points
				    from league_points p
				    where p.occurred_at >= :from and p.occurred_at < :to
				      and not exists (select 1 from league_opt_outs o where o.member_id = p.member_id)
				    group by p.member_id
				), ranked as (
				    select member_id, points, rank() over (order by points desc) as place,
				           row_number() over (order by points desc, member_id) as line
				    from totals
				)
				select r.member_id, r.points, r.place from ranked r
				join ranked me on me.member_id = :member
				where r.line between me.line - :neighbours and me.line + :neighbours
				order by r.line""", season(season).addValue("member", memberId).addValue("neighbours", NEIGHBOURS),
				(row, n) -> new Place(row.getLong("member_id"), null, row.getLong("points"), row.getInt("place")));
		Map<Long, String> names = this.members.namesOf(places.stream().map(Place::memberId).toList());
		return places.stream()
			.map((place) -> new Place(place.memberId(), names.get(place.memberId()), place.points(), place.place()))
			.toList();
	}

	/** How many members are on the season's table. */
	public long entrants(Season season) {
		return this.jdbc.queryForObject("""
				select count(distinct p.member_id) from league_points p
				where p.occurred_at >= :from and p.occurred_at < :to
				  and not exists (select 1 from league_opt_outs o where o.member_id = p.member_id)""", season(season),
				Long.class);
	}

	/**
	 * Business units by points per member in the season (so that a small team is not
	 * outnumbered), with their totals.
	 */
	public List<Team> teams(Season season) {
		// the business unit is the member's own, read from the members table in the same
		// statement
		return this.jdbc.query("""
				select m.business_unit, sum(p.points) as points, count(distinct p.member_id) as players
				from league_points p join member_units m on m.member_id = p.member_id
				where p.occurred_at >= :from and p.occurred_at < :to and m.business_unit is not null
				group by m.business_unit
				order by sum(p.points)::numeric / count(distinct p.member_id) desc, m.business_unit
				limit :top""", season(season).addValue("top", TOP),
				(row, n) -> new Team(row.getString("business_unit"), row.getLong("points"), row.getInt("players")));
	}

	/**
	 * Pairs by the points their pairing earned them in the season; pairs with anyone
	 * opted out are left out.
	 */
	public List<Pair> pairs(Season season) {
		List<Pair> pairs = this.jdbc.query("""
				select g.id, g.hero_id, g.sidekick_id, sum(p.points) as points
				from league_points p join pairings g on g.id = p.source_id
				where p.rule in ('PAIRING_CHECK_IN', 'PAIRING_COMPLETED')
				  and p.occurred_at >= :from and p.occurred_at < :to
				  and not exists (select 1 from league_opt_outs o where o.member_id in (g.hero_id, g.sidekick_id))
				group by g.id order by points desc, g.id limit :top""", season(season).addValue("top", TOP),
				(row, n) -> new Pair(row.getLong("id"), row.getLong("hero_id"), null, row.getLong("sidekick_id"), null,
						row.getLong("points")));
		Set<Long> people = new HashSet<>();
		pairs.forEach((pair) -> {
			people.add(pair.heroId());
			people.add(pair.sidekickId());
		});
		Map<Long, String> names = this.members.namesOf(people);
		List<Pair> named = new ArrayList<>();
		pairs.forEach((pair) -> named.add(new Pair(pair.pairingId(), pair.heroId(), names.get(pair.heroId()),
				pair.sidekickId(), names.get(pair.sidekickId()), pair.points())));
		return named;
	}

	public boolean hasOptedOut(Long memberId) {
		return Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from league_opt_outs where member_id = :member)",
					new MapSqlParameterSource("member", memberId), Boolean.class));
	}

	@Transactional
	public void optOut(Long memberId, boolean out, Instant now) {
		MapSqlParameterSource member = new MapSqlParameterSource("member", memberId).addValue("now",
				Timestamp.from(now));
		this.jdbc.update(out
				? "insert into league_opt_outs (member_id, opted_out_at) values (:member, :now) on conflict do nothing"
				: "delete from league_opt_outs where member_id = :member", member);
	}

	private static MapSqlParameterSource season(Season season) {
		return new MapSqlParameterSource("from", Timestamp.from(season.start())).addValue("to",
				Timestamp.from(season.end()));
	}

	/** Points in all seasons and in one. */
	public record Totals(long total, long season) {
	}

	/** Points earned, with the record behind them. */
	public record Earned(PointRule rule, long sourceId, int points, Instant at) {

		public String evidenceUrl() {
			return this.rule.source().url(this.sourceId);
		}

	}

	/** A badge, when and by what it was earned. */
	public record EarnedBadge(Badge badge, long sourceId, Instant at) {

		public String evidenceUrl() {
			return this.badge.evidenceUrl(this.sourceId);
		}

	}

	/** A line of the individual table. */
	public record Place(Long memberId, String name, long points, int place) {
	}

	/** A line of the team table. */
	public record Team(String businessUnit, long points, int players) {

		public long perPlayer() {
			return Math.round((double) this.points / this.players);
		}

	}

	/** A line of the pair table. */
	public record Pair(Long pairingId, Long heroId, String heroName, Long sidekickId, String sidekickName,
			long points) {
	}

}
