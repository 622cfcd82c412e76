package org.guildhall.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.experiment.ExperimentChoice;
import org.guildhall.experiment.Experiments;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Knowledge shares to try Guildhall with: a failure story from an experiment, a
 * postmortem and a how-to. Loaded once, after the demo experiments, when nothing is
 * shared yet.
 */
@Component
@ConditionalOnDemoData
class ShareDemoData implements DemoDataSet {

	private final ApplicationEventPublisher events;

	private final KnowledgeShareRepository shares;

	private final Members members;

	private final SkillService skills;

	private final Experiments experiments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ShareDemoData(KnowledgeShareRepository shares, Members members, SkillService skills, Experiments experiments,
			TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.shares = shares;
		this.members = members;
		this.skills = skills;
		this.experiments = experiments;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.SHARES;
	}

	@Override
	public boolean load() {
		if (this.shares.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		LocalDate today = LocalDate.now(this.clock);
		Long retries = this.experiments.recent(20)
			.stream()
			.filter((experiment) -> experiment.title().startsWith("Retry storms"))
			.map(ExperimentChoice::id)
			.findFirst()
			.orElse(null);
		share(DemoPeople.email("Jonas Becker"), ShareKind.FAILURE_STORY, "The day our retries took the ledger down",
				"How well-meant retries turned a 30-second database failover into a retry storm, and what we changed.",
				null, """
						## What happened
						We expected retries to hide a failover. Instead every client retried **at once**.

						## What we learned
						- Retries need exponential backoff *and* jitter
						- Watch connection pool saturation, not only error rates
						""", today.minusDays(18), retries, List.of(DemoPeople.email("Ana Pereira")),
				List.of("Databases", "Incident response"));
		share(DemoPeople.email("Ana Pereira"), ShareKind.POSTMORTEM, "Payments outage: expired TLS certificate",
				"A certificate nobody owned expired on a Sunday; 47 minutes of failed checkouts.", null,
				"""
						| | |
						|---|---|
						| Impact | 47 minutes, checkout failing for 12% of users |
						| Detection | Customer complaints, then the availability SLO alert |

						**Blameless:** the renewal was nobody's job. Now it is the platform's, with an alert 30 days ahead.
						""",
				today.minusDays(30), null, List.of(DemoPeople.email("Thabo Nkosi")),
				List.of("Postmortems", "Incident response"));
		share(DemoPeople.email("Valentina Gómez"), ShareKind.HOW_TO, "Writing SLOs that matter to the business",
				"A one-hour workshop: from user journeys to SLIs, targets and error budget policies.",
				"https://sre.google/workbook/implementing-slos/", null, today.minusDays(9), null, List.of(),
				List.of("SLOs and error budgets"));
	}

	private void share(String author, ShareKind kind, String title, String summary, String link, String body,
			LocalDate sharedOn, Long experiment, List<String> people, List<String> skillNames) {
		KnowledgeShare share = new KnowledgeShare(this.members.principal(author).id());
		share.describe(kind, title, summary, link, body, sharedOn, experiment);
		share.involve(people.stream().map((email) -> this.members.principal(email).id()).collect(Collectors.toSet()),
				this.skills.catalogue()
					.stream()
					.filter((skill) -> skillNames.contains(skill.getName()))
					.map(Skill::getId)
					.collect(Collectors.toSet()));
		KnowledgeShare saved = this.shares.save(share);
		this.events.publishEvent(saved.published(this.clock.instant()));
	}

}
