package org.guildhall.league;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;

import org.springframework.stereotype.Component;

/**
 * Heroes, sidekicks and pairings for tests, through the services the pages use. Each call
 * makes its own skill, so tests sharing one database never compete for the same heroes.
 */
@Component
public class LeagueFixtures {

	private final MemberFixtures members;

	private final PairingService pairings;

	private final PairingProgress progress;

	LeagueFixtures(MemberFixtures members, PairingService pairings, PairingProgress progress) {
		this.members = members;
		this.pairings = pairings;
		this.progress = progress;
	}

	/** A new skill, with a hero holding it at level 5 and a sidekick at level 1. */
	public Cast cast(String name) {
		String skillName = name + " " + UUID.randomUUID().toString().substring(0, 8);
		Long skill = this.members.createSkill(skillName).getId();
		Member hero = this.members.create(name + " Hero", Role.MEMBER);
		Member sidekick = this.members.create(name + " Sidekick", Role.MEMBER);
		this.members.giveSkills(hero, Map.of(skillName, 5));
		this.members.giveSkills(sidekick, Map.of(skillName, 1));
		return new Cast(skill, this.members.principal(hero.getEmail()), this.members.principal(sidekick.getEmail()));
	}

	/** The sidekick asks the hero; the pairing waits for a lead. */
	public Long requested(Cast cast) {
		return this.pairings.request(cast.sidekick(), form(cast.hero().id(), null, cast.skill())).getId();
	}

	/** The sidekick joins the waiting list for the cast's skill. */
	public Long waiting(Cast cast) {
		return this.pairings.request(cast.sidekick(), form(null, null, cast.skill())).getId();
	}

	/** A lead pairs them; the pairing runs. */
	public Long active(Cast cast) {
		return this.pairings.request(this.members.lead(), form(cast.hero().id(), cast.sidekick().id(), cast.skill()))
			.getId();
	}

	public Pairing find(Long id) {
		return this.pairings.find(id);
	}

	public void completeAsHero(Cast cast, Long pairingId) {
		CheckInForm form = CheckInForm.on(LocalDate.now());
		form.setText("The skill grew");
		this.progress.complete(cast.hero(), pairingId, form);
	}

	private static PairingForm form(Long hero, Long sidekick, Long skill) {
		return PairingForm.blank(hero, sidekick, List.of(new PairingForm.GoalLine(skill, 3)));
	}

	/** A skill, someone who holds it at level 5 and someone who is learning it. */
	public record Cast(Long skill, MemberPrincipal hero, MemberPrincipal sidekick) {
	}

}
