package org.guildhall.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.experiment.ExperimentChoice;
import org.guildhall.experiment.Experiments;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Knowledge shares to try Guildhall with: a failure story from an experiment, a
 * postmortem and a how-to. Loaded once, after the demo experiments, when nothing is
 * shared yet.
 */
@Component
@ConditionalOnDemoData
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class ShareDemoData implements ApplicationRunner {

	private final KnowledgeShareRepository shares;

	private final Members members;

	private final SkillService skills;

	private final Experiments experiments;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ShareDemoData(KnowledgeShareRepository shares, Members members, SkillService skills, Experiments experiments,
			TransactionTemplate transaction, Clock clock) {
		this.shares = shares;
		this.members = members;
		this.skills = skills;
		this.experiments = experiments;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.shares.count() > 0 || this.members.findPrincipal("lead@example.com").isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> load());
	}

	private void load() {
		LocalDate today = LocalDate.now(this.clock);
		Long retries = this.experiments.recent(20)
			.stream()
			.filter((experiment) -> experiment.title().startsWith("Retry storms"))
			.map(ExperimentChoice::id)
			.findFirst()
			.orElse(null);
		share("jonas.becker@example.com", ShareKind.FAILURE_STORY, "The day our retries took the ledger down",
				"How well-meant retries turned a 30-second database failover into a retry storm, and what we changed.",
				null, """
						## What happened
						We expected retries to hide a failover. Instead every client retried **at once**.

						## What we learned
						- Retries need exponential backoff *and* jitter
						- Watch connection pool saturation, not only error rates
						""", today.minusDays(18), retries, List.of("ana.pereira@example.com"),
				List.of("Databases", "Incident response"));
		share("ana.pereira@example.com", ShareKind.POSTMORTEM, "Payments outage: expired TLS certificate",
				"A certificate nobody owned expired on a Sunday; 47 minutes of failed checkouts.", null,
				"""
						| | |
						|---|---|
						| Impact | 47 minutes, checkout failing for 12% of users |
						| Detection | Customer complaints, then the availability SLO alert |

						**Blameless:** the renewal was nobody's job. Now it is the platform's, with an alert 30 days ahead.
						""",
				today.minusDays(30), null, List.of("thabo.nkosi@example.com"),
				List.of("Postmortems", "Incident response"));
		share("valentina.gomez@example.com", ShareKind.HOW_TO, "Writing SLOs that matter to the business",
				"A one-hour workshop: from user journeys to SLIs, targets and error budget policies.",
				"https://sre.google/workbook/implementing-slos/", null, today.minusDays(9), null, List.of(),
				List.of("SLOs and error budgets"));
	}

	private void share(String author, ShareKind kind, String title, String summary, String link, String body,
			LocalDate sharedOn, Long experiment, List<String> people, List<String> skillNames) {
		KnowledgeShare share = new KnowledgeShare(member(author));
		share.describe(kind, title, summary, link, body, sharedOn, experiment);
		share.involve(people.stream().map(this::member).collect(Collectors.toSet()),
				this.skills.catalogue()
					.stream()
					.filter((skill) -> skillNames.contains(skill.getName()))
					.map(Skill::getId)
					.collect(Collectors.toSet()));
		KnowledgeShare saved = this.shares.saveAndFlush(share);
		saved.published(this.clock.instant());
		this.shares.save(saved);
	}

	private Long member(String email) {
		return this.members.findPrincipal(email).map(MemberPrincipal::id).orElseThrow();
	}

}
