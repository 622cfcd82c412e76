package org.guildhall.league;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairings from request to completion: who may ask, approve, check in and raise a skill,
 * heroes' capacity, and the moment a former sidekick becomes a hero.
 */
@Service
@Transactional(readOnly = true)
public class PairingService {

	/** How many active sidekicks a hero takes on when they have not said otherwise. */
	static final int DEFAULT_CAPACITY = 2;

	private final PairingRepository pairings;

	private final PairingCheckInRepository checkIns;

	private final Members members;

	private final SkillService skills;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PairingService(PairingRepository pairings, PairingCheckInRepository checkIns, Members members, SkillService skills,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.pairings = pairings;
		this.checkIns = checkIns;
		this.members = members;
		this.skills = skills;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Pairing find(Long id) {
		return this.pairings.findById(id).orElseThrow(() -> new PairingNotFoundException(id));
	}

	/**
	 * Asks for a pairing: a sidekick for themselves, a hero for a sidekick of theirs, a
	 * lead for anyone. Without a hero the sidekick joins the waiting list. A lead's
	 * proposal for two other people needs no further approval.
	 */
	@Transactional
	public Pairing request(MemberPrincipal actor, PairingForm form) {
		Long sidekick = (form.getSidekickId() != null) ? form.getSidekickId() : actor.id();
		Long hero = form.getHeroId();
		if (!actor.isLead() && !actor.is(sidekick) && !actor.is(hero)) {
			throw new AccessDeniedException("Members ask for pairings they take part in");
		}
		this.members.requireContributor("sidekickId", sidekick);
		if (hero != null && hero.equals(sidekick)) {
			throw new RuleViolationException("heroId", "pairing.self");
		}
		Set<PairingGoal> goals = goals(form.chosenGoals(), sidekick);
		if (hero == null && this.pairings.isWaiting(sidekick)) {
			throw new RuleViolationException("heroId", "pairing.alreadyWaiting");
		}
		if (hero != null) {
			requireHero(hero, goals);
			lockHero(hero);
			requireSpareCapacity(hero);
			if (this.pairings.isOpen(hero, sidekick)) {
				throw new RuleViolationException("heroId", "pairing.duplicate");
			}
		}
		LocalDate start = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		Pairing pairing = this.pairings.saveAndFlush(new Pairing(hero, sidekick, goals, start,
				start.plusWeeks(form.getWeeks()), form.getAgreement(), actor.id(), now));
		if (hero != null && actor.isLead() && !pairing.involves(actor.id())) {
			start(pairing, hero, now);
		}
		return this.pairings.save(pairing);
	}

	/**
	 * A lead approves a request (choosing the hero for someone on the waiting list);
	 * never a request they take part in themselves.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void approve(MemberPrincipal lead, Long id, Long chosenHero) {
		Pairing pairing = find(id);
		if (pairing.involves(lead.id())) {
			throw new AccessDeniedException("Nobody approves their own pairing");
		}
		Long hero = (pairing.getHeroId() != null) ? pairing.getHeroId() : chosenHero;
		if (hero == null || hero.equals(pairing.getSidekickId())) {
			throw new LeagueRuleException("heroId", "pairing.hero.missing");
		}
		requireHero(hero, pairing.getGoals());
		lockHero(hero);
		requireSpareCapacity(hero);
		start(pairing, hero, this.clock.instant());
		this.pairings.save(pairing);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void decline(MemberPrincipal lead, Long id, String reason) {
		Pairing pairing = find(id);
		if (pairing.involves(lead.id())) {
			throw new AccessDeniedException("Nobody decides on their own pairing");
		}
		pairing.decline(reason, this.clock.instant());
	}

	/**
	 * Hero or sidekick record a check-in; the hero may raise one of the sidekick's skills
	 * with it.
	 */
	@Transactional
	public PairingCheckIn checkIn(MemberPrincipal actor, Long id, CheckInForm form) {
		Pairing pairing = partOf(actor, id);
		if (pairing.getStatus() != PairingStatus.ACTIVE) {
			throw new LeagueRuleException("pairing.status.active");
		}
		raiseIfAsked(actor, pairing, form);
		Instant now = this.clock.instant();
		PairingCheckIn checkIn = this.checkIns
			.save(new PairingCheckIn(id, form.getMetOn(), form.getText(), form.getNextStep(), actor.id(), now));
		pairing.checkedIn(checkIn.getId(), now);
		this.pairings.save(pairing);
		return checkIn;
	}

	/** One side's closing assessment; the first completes the pairing. */
	@Transactional
	public void complete(MemberPrincipal actor, Long id, CheckInForm form) {
		Pairing pairing = partOf(actor, id);
		raiseIfAsked(actor, pairing, form);
		pairing.assess(actor.id(), form.getText(), this.clock.instant());
		this.pairings.save(pairing);
	}

	@Transactional
	public void endEarly(MemberPrincipal actor, Long id, String reason) {
		Pairing pairing = find(id);
		if (!pairing.involves(actor.id()) && !actor.isLead()) {
			throw new AccessDeniedException("Only its hero, its sidekick or a lead ends a pairing");
		}
		if (reason == null || reason.isBlank()) {
			throw new LeagueRuleException("reason", "pairing.reason.missing");
		}
		pairing.endEarly(reason, this.clock.instant());
	}

	/** Flags active pairings past their planned end; the daily job calls it. */
	@Transactional
	public int flagOverdue() {
		return this.pairings.flagOverdue(LocalDate.now(this.clock));
	}

	/** A member's pairings as a page shows them: the open ones first, then the newest. */
	public PairingList pairingsOf(Long memberId) {
		return new PairingList(this.pairings.findInvolving(memberId, Limit.of(PairingList.SHOWN)),
				this.pairings.countInvolving(memberId));
	}

	/** Requests without a hero, those who have waited longest first. */
	public PairingList waiting() {
		return new PairingList(this.pairings.findWaiting(Limit.of(PairingList.SHOWN)), this.pairings.countWaiting());
	}

	/** Requests with a hero that wait for a lead's yes, the oldest first. */
	public PairingList awaitingApproval() {
		return new PairingList(this.pairings.findAwaitingApproval(Limit.of(PairingList.SHOWN)),
				this.pairings.countAwaitingApproval());
	}

	public List<PairingCheckIn> checkInsOf(Long pairingId) {
		return this.checkIns.findByPairingIdOrderByMetOnDescIdDesc(pairingId);
	}

	/** The skill raises recorded in a pairing, newest first. */
	public List<SkillRaise> raisesOf(Long pairingId) {
		return this.jdbc.query("""
				select skill_id, from_level, to_level, note, raised_at from pairing_skill_raises
				where pairing_id = :pairing order by raised_at desc, id desc""",
				new MapSqlParameterSource("pairing", pairingId),
				(row, n) -> new SkillRaise(row.getLong("skill_id"), row.getInt("from_level"), row.getInt("to_level"),
						row.getString("note"), row.getTimestamp("raised_at").toInstant()));
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

	/** Hero and sidekick of every pairing that took place or runs with these heroes. */
	Set<List<Long>> pastPairsOf(Collection<Long> heroIds) {
		Set<List<Long>> pairs = new HashSet<>();
		if (!heroIds.isEmpty()) {
			this.pairings.findPastAndPresentOf(heroIds)
				.forEach((pairing) -> pairs.add(List.of(pairing.getHeroId(), pairing.getSidekickId())));
		}
		return pairs;
	}

	private void start(Pairing pairing, Long hero, Instant now) {
		pairing.activate(hero, now);
		List<Long> formerHeroes = this.pairings.findFormerHeroes(hero);
		if (formerHeroes.isEmpty()) {
			return;
		}
		int created = this.jdbc.update("""
				insert into heroes_created (member_id, pairing_id, created_at) values (:hero, :pairing, :now)
				on conflict do nothing""", new MapSqlParameterSource("hero", hero).addValue("pairing", pairing.getId())
			.addValue("now", Timestamp.from(now)));
		if (created == 1) {
			pairing.heroCreated(hero, formerHeroes, now);
		}
	}

	/** The pairing, when the actor is its hero or sidekick. */
	Pairing partOf(MemberPrincipal actor, Long id) {
		Pairing pairing = find(id);
		if (!pairing.involves(actor.id())) {
			throw new AccessDeniedException("Only its hero and sidekick record a pairing's progress");
		}
		return pairing;
	}

	private void raiseIfAsked(MemberPrincipal actor, Pairing pairing, CheckInForm form) {
		if (!form.raisesASkill()) {
			return;
		}
		if (!actor.is(pairing.getHeroId())) {
			throw new AccessDeniedException("Only the hero raises the sidekick's skills");
		}
		boolean aGoal = pairing.getGoals()
			.stream()
			.anyMatch((goal) -> goal.getSkillId().equals(form.getRaiseSkillId()));
		if (!aGoal || form.getRaiseToLevel() == null) {
			throw new RuleViolationException("raiseSkillId", "pairing.raise.goal");
		}
		if (form.getRaiseNote() == null || form.getRaiseNote().isBlank()) {
			throw new RuleViolationException("raiseNote", "pairing.raise.note");
		}
		int before = this.members.raiseSkill(pairing.getSidekickId(), form.getRaiseSkillId(), form.getRaiseToLevel());
		if (form.getRaiseToLevel() <= before) {
			throw new RuleViolationException("raiseToLevel", "pairing.raise.higher");
		}
		this.jdbc.update(
				"""
						insert into pairing_skill_raises (pairing_id, skill_id, from_level, to_level, note, raised_by, raised_at)
						values (:pairing, :skill, :from, :to, :note, :by, :at)""",
				new MapSqlParameterSource("pairing", pairing.getId()).addValue("skill", form.getRaiseSkillId())
					.addValue("from", before)
					.addValue("to", form.getRaiseToLevel())
					.addValue("note", form.getRaiseNote().strip())
					.addValue("by", actor.id())
					.addValue("at", Timestamp.from(this.clock.instant())));
	}

	private Set<PairingGoal> goals(List<PairingForm.GoalLine> lines, Long sidekick) {
		if (lines.isEmpty() || lines.size() > 3) {
			throw new RuleViolationException("goals", "pairing.goals.count");
		}
		Set<Long> skillIds = new LinkedHashSet<>();
		lines.forEach((line) -> skillIds.add(line.getSkillId()));
		if (skillIds.size() != lines.size() || !this.skills.namesOf(skillIds).keySet().containsAll(skillIds)) {
			throw new RuleViolationException("goals", "pairing.goals.distinct");
		}
		Map<Long, Integer> levels = this.members.skillLevelsOf(List.of(sidekick)).getOrDefault(sidekick, Map.of());
		Set<PairingGoal> goals = new HashSet<>();
		for (PairingForm.GoalLine line : lines) {
			int from = levels.getOrDefault(line.getSkillId(), 0);
			if (line.getToLevel() == null || line.getToLevel() <= from) {
				throw new RuleViolationException("goals", "pairing.goal.level");
			}
			goals.add(new PairingGoal(line.getSkillId(), from, line.getToLevel()));
		}
		return goals;
	}

	private void requireHero(Long hero, Set<PairingGoal> goals) {
		this.members.requireContributor("heroId", hero);
		Map<Long, Integer> levels = this.members.skillLevelsOf(List.of(hero)).getOrDefault(hero, Map.of());
		boolean heroOfAll = goals.stream()
			.allMatch((goal) -> levels.getOrDefault(goal.getSkillId(), 0) >= Matchmaker.HERO_LEVEL);
		if (!heroOfAll) {
			throw new RuleViolationException("heroId", "pairing.hero.skill");
		}
	}

	/** Two approvals for one hero at once must not both take their last place. */
	private void lockHero(Long hero) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('guildhall.hero'), :hero)",
				new MapSqlParameterSource("hero", hero.intValue()), Object.class);
	}

	private void requireSpareCapacity(Long hero) {
		int capacity = capacitiesOf(List.of(hero)).get(hero);
		if (this.pairings.countActiveAsHero(hero) >= capacity) {
			throw new RuleViolationException("heroId", "pairing.capacity");
		}
	}

	/** A skill a hero raised during a pairing, with their note. */
	public record SkillRaise(Long skillId, int fromLevel, int toLevel, String note, Instant raisedAt) {
	}

	/** No pairing has the id a URL names. */
	static class PairingNotFoundException extends NotFoundException {

		PairingNotFoundException(Long id) {
			super("No pairing " + id);
		}

	}

}
