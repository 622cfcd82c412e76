package org.guildhall.league;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pairing's progress as its hero and sidekick record it: check-ins, the closing
 * assessments, and the skills the hero raises along the way.
 */
@Service
@Transactional(readOnly = true)
class PairingProgress {

	private final PairingService pairings;

	private final PairingRepository repository;

	private final PairingCheckInRepository checkIns;

	private final Members members;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PairingProgress(PairingService pairings, PairingRepository repository, PairingCheckInRepository checkIns,
			Members members, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.pairings = pairings;
		this.repository = repository;
		this.checkIns = checkIns;
		this.members = members;
		this.jdbc = jdbc;
		this.clock = clock;
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
		this.repository.save(pairing);
		return checkIn;
	}

	/** One side's closing assessment; the first completes the pairing. */
	@Transactional
	public void complete(MemberPrincipal actor, Long id, CheckInForm form) {
		Pairing pairing = partOf(actor, id);
		raiseIfAsked(actor, pairing, form);
		pairing.assess(actor.id(), form.getText(), this.clock.instant());
		this.repository.save(pairing);
	}

	/** The pairing, when the actor is its hero or sidekick. */
	Pairing partOf(MemberPrincipal actor, Long id) {
		Pairing pairing = this.pairings.find(id);
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

}
