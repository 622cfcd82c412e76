package org.guildhall.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.ActingAs;
import org.guildhall.member.MemberName;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;
import org.guildhall.session.SessionFormat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The talk's own expectations survey, condensed: a closed round whose answers asked for
 * real experiences and hands-on work, one of them already on the backlog, and an open
 * round the demo member has not answered yet. Loaded once, when there is no round.
 */
@Component
@ConditionalOnDemoData
class SurveyDemoData implements DemoDataSet {

	private static final List<String> EXPECTATIONS = List.of("Real experiences from other teams, not more slides.",
			"Hands-on workshops where we break things safely and learn to fix them.",
			"Hear about real failures and real victories in production.",
			"Practical help to set SLOs and error budgets for my services.",
			"Game days with realistic incidents, and a mentor to pair with.",
			"Learn chaos engineering by doing experiments in a small context first.",
			"Meet people from other business units who have the same problems.",
			"Short sessions at a time that works for Asia and the Americas.",
			"Hands-on practice with observability: dashboards, traces and alerts that matter.",
			"Stories about postmortems and what teams changed afterwards.",
			"A mentor for on-call: how to stay calm during an incident.",
			"Real experiences with capacity planning before big sales events.");

	private final SurveyRoundRepository rounds;

	private final SurveyAnswerRepository answers;

	private final SurveyResults results;

	private final Members members;

	private final SkillService skills;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SurveyDemoData(SurveyRoundRepository rounds, SurveyAnswerRepository answers, SurveyResults results, Members members,
			SkillService skills, TransactionTemplate transaction, Clock clock) {
		this.rounds = rounds;
		this.answers = answers;
		this.results = results;
		this.members = members;
		this.skills = skills;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.SURVEYS;
	}

	@Override
	public boolean load() {
		if (this.rounds.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	/**
	 * Game days and workshops first, as the talk's members asked: hands-on over slides.
	 */
	private static Set<SessionFormat> formatsWanted(int i) {
		Set<SessionFormat> wanted = EnumSet.of(SessionFormat.GAME_DAY);
		if (i % 3 != 2) {
			wanted.add(SessionFormat.WORKSHOP);
		}
		if (i % 4 == 1) {
			wanted.add(SessionFormat.HACKATHON);
		}
		if (i % 5 == 0) {
			wanted.add(SessionFormat.SHOW_AND_TELL);
		}
		return wanted;
	}

	private static Set<Long> skillsWanted(int i, List<Long> skillIds) {
		if (skillIds.size() < 4) {
			return Set.copyOf(skillIds);
		}
		return (i % 2 == 0) ? Set.of(skillIds.get(0), skillIds.get(1 + i % 3)) : Set.of(skillIds.get(1 + i % 3));
	}

	private void write() {
		MemberPrincipal lead = this.members.principal(DemoPeople.LEAD);
		Long demoMember = this.members.principal(DemoPeople.MEMBER).id();
		List<Long> people = this.members.contributors()
			.stream()
			.map(MemberName::id)
			.filter((id) -> !id.equals(demoMember))
			.toList();
		List<Long> skillIds = this.skills.catalogue().stream().map(Skill::getId).toList();
		SessionFormat[] formats = SessionFormat.values();
		Instant now = this.clock.instant();

		SurveyRound first = this.rounds.save(new SurveyRound("What do you expect from the SRE community?",
				"Tell us what would make the community worth your time.", lead.id(), now.minus(Duration.ofDays(200))));
		Long firstAnswer = null;
		for (int i = 0; i < Math.min(EXPECTATIONS.size(), people.size()); i++) {
			SurveyAnswer answer = this.answers.save(new SurveyAnswer(first.getId(), people.get(i), EXPECTATIONS.get(i),
					formatsWanted(i), skillsWanted(i, skillIds), now.minus(Duration.ofDays(195 - i))));
			firstAnswer = (firstAnswer != null) ? firstAnswer : answer.getId();
		}
		first.close(now.minus(Duration.ofDays(180)));
		// the next round may open only once this one is closed in the database
		this.rounds.saveAndFlush(first);
		if (firstAnswer != null) {
			Long answer = firstAnswer;
			ActingAs.member(lead, () -> this.results.turnIntoBacklogItem(lead, answer));
		}

		SurveyRound second = this.rounds.save(new SurveyRound("Planning 2027: what should we do more of?",
				"Two minutes: it shapes next year's backlog.", lead.id(), now.minus(Duration.ofDays(6))));
		for (int i = 0; i < Math.min(4, people.size()); i++) {
			this.answers
				.save(new SurveyAnswer(second.getId(), people.get(people.size() - 1 - i), EXPECTATIONS.get(11 - i),
						Set.of(formats[(i + 1) % formats.length]), Set.of(), now.minus(Duration.ofDays(5 - i))));
		}
	}

}
