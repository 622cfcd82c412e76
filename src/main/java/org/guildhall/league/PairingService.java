package org.guildhall.league;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
class PairingService {

	private final PairingRepository pairings;

	private final Members members;

	private final SkillService skills;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final HeroCapacities capacities;

	PairingService(PairingRepository pairings, Members members, SkillService skills, NamedParameterJdbcTemplate jdbc,
			Clock clock, HeroCapacities capacities) {
		this.capacities = capacities;
		this.pairings = pairings;
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
			this.capacities.lock(hero);
			this.capacities.requireSpare(hero);
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
		this.capacities.lock(hero);
		this.capacities.requireSpare(hero);
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

	/** No pairing has the id a URL names. */
	static class PairingNotFoundException extends NotFoundException {

		PairingNotFoundException(Long id) {
			super("No pairing " + id);
		}

	}

}
