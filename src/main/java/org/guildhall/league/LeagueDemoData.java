package org.guildhall.league;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;

import org.springframework.stereotype.Component;

/**
 * The league's story to try Guildhall with: Priya, the community's chaos-engineering
 * hero, pairs with Ana until Ana's level grows; Ana then becomes the hero of the demo
 * member, a hero created. Jonas pairs on capacity planning, two members wait for a hero
 * and one asks Jonas directly. Loaded once, when there is no pairing yet; points follow
 * from the events.
 */
@Component
@ConditionalOnDemoData
class LeagueDemoData implements DemoDataSet {

	private final PairingRepository repository;

	private final PairingService pairings;

	private final PairingProgress progress;

	private final Members members;

	private final SkillService skills;

	private final Clock clock;

	LeagueDemoData(PairingRepository repository, PairingService pairings, PairingProgress progress, Members members,
			SkillService skills, Clock clock) {
		this.repository = repository;
		this.pairings = pairings;
		this.progress = progress;
		this.members = members;
		this.skills = skills;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.LEAGUE;
	}

	@Override
	public boolean load() {
		if (this.repository.count() > 0) {
			return true;
		}
		Optional<Long> chaos = skill("Chaos engineering");
		Optional<Long> capacity = skill("Capacity planning");
		if (chaos.isEmpty() || capacity.isEmpty()) {
			return true;
		}
		MemberPrincipal lead = this.members.principal(DemoPeople.LEAD);
		MemberPrincipal priya = this.members.principal(DemoPeople.email("Priya Sharma"));
		MemberPrincipal ana = this.members.principal(DemoPeople.email("Ana Pereira"));
		MemberPrincipal mateo = this.members.principal(DemoPeople.MEMBER);
		MemberPrincipal jonas = this.members.principal(DemoPeople.email("Jonas Becker"));
		LocalDate today = LocalDate.now(this.clock);

		Pairing first = this.pairings.request(lead,
				form(priya.id(), ana.id(), chaos.get(), 4, "An hour every other Wednesday, on a real game day."));
		this.progress.checkIn(priya, first.getId(), checkIn(today.minusDays(20),
				"Designed a first experiment in the sandbox: kill one replica of the payments cache.", null, null));
		this.progress.checkIn(ana, first.getId(), checkIn(today.minusDays(6),
				"Ran it; the steady state held. Wrote the rollback and the abort conditions.", null, null));
		CheckInForm closing = checkIn(today, "Ana now designs and runs experiments on her own.", chaos.get(), 4);
		closing.setRaiseNote("Designed, ran and concluded two experiments with a written lesson.");
		this.progress.complete(priya, first.getId(), closing);
		this.progress.complete(ana, first.getId(),
				checkIn(today, "I can run a game day; next I want to teach it.", null, null));

		Pairing second = this.pairings.request(lead,
				form(ana.id(), mateo.id(), chaos.get(), level(mateo, chaos.get()) + 2, "Thirty minutes on Mondays."));
		this.progress.checkIn(ana, second.getId(),
				checkIn(today, "Read the Principles of Chaos together; picked a first hypothesis.", null, null));

		MemberPrincipal katarzyna = this.members.principal(DemoPeople.email("Katarzyna Zielińska"));
		Pairing third = this.pairings.request(lead, form(jonas.id(), katarzyna.id(), capacity.get(),
				level(katarzyna, capacity.get()) + 2, "Pairing on the Black Friday forecast."));
		this.progress.checkIn(jonas, third.getId(),
				checkIn(today.minusDays(2), "Built the first load model from last year's peak.", null, null));

		MemberPrincipal lena = this.members.principal(DemoPeople.email("Lena Schmidt"));
		this.pairings.request(lena, form(null, null, chaos.get(), level(lena, chaos.get()) + 2, null));
		MemberPrincipal oliver = this.members.principal(DemoPeople.email("Oliver Hughes"));
		this.pairings.request(oliver, form(null, null, capacity.get(), level(oliver, capacity.get()) + 2, null));
		MemberPrincipal camila = this.members.principal(DemoPeople.email("Camila Souza"));
		this.pairings.request(camila, form(jonas.id(), null, capacity.get(), level(camila, capacity.get()) + 2,
				"Happy to meet early mornings my time."));
		return true;
	}

	private PairingForm form(Long hero, Long sidekick, Long skill, int toLevel, String agreement) {
		PairingForm form = PairingForm.blank(hero, sidekick,
				List.of(new PairingForm.GoalLine(skill, Math.min(toLevel, 5))));
		form.setAgreement(agreement);
		return form;
	}

	private static CheckInForm checkIn(LocalDate day, String text, Long raiseSkill, Integer raiseTo) {
		CheckInForm form = CheckInForm.on(day);
		form.setText(text);
		form.setRaiseSkillId(raiseSkill);
		form.setRaiseToLevel(raiseTo);
		return form;
	}

	private int level(MemberPrincipal member, Long skill) {
		Map<Long, Integer> levels = this.members.skillLevelsOf(List.of(member.id()))
			.getOrDefault(member.id(), Map.of());
		return levels.getOrDefault(skill, 0);
	}

	private Optional<Long> skill(String name) {
		return this.skills.catalogue().stream().filter((s) -> s.getName().equals(name)).map(Skill::getId).findFirst();
	}

}
