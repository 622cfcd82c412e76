package org.guildhall.experiment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.backlog.BacklogItemChoice;
import org.guildhall.backlog.BacklogItems;
import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResultChoice;
import org.guildhall.okr.KeyResults;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Experiments to try Guildhall with: a chaos experiment scaled up from the sandbox, a
 * refuted hypothesis with its lesson and the experiment that follows it, and one still
 * planned. Loaded once, after the demo backlog, when there are no experiments yet.
 */
@Component
@ConditionalOnDemoData
class ExperimentDemoData implements DemoDataSet {

	private final ApplicationEventPublisher events;

	private final ExperimentRepository experiments;

	private final Members members;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final KeyResults keyResults;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ExperimentDemoData(ExperimentRepository experiments, Members members, SkillService skills,
			BacklogItems backlogItems, KeyResults keyResults, TransactionTemplate transaction, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.experiments = experiments;
		this.members = members;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.keyResults = keyResults;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.EXPERIMENTS;
	}

	@Override
	public boolean load() {
		if (this.experiments.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		Long priya = this.members.principal(DemoPeople.email("Priya Sharma")).id();
		Long jonas = this.members.principal(DemoPeople.email("Jonas Becker")).id();

		Experiment podKill = experiment(priya, "Kill a payments-api pod during peak traffic",
				ExperimentKind.CHAOS_EXPERIMENT, "payments-api", """
						Steady state: checkout succeeds for 99.9% of requests and p99 latency stays under 400 ms,
						measured on the payments dashboard, while one of three pods is killed.""",
				List.of("Chaos engineering", "Kubernetes and cloud"));
		podKill.credit(Set.of(this.members.principal(DemoPeople.email("Ana Pereira")).id()),
				skillIds(List.of("Chaos engineering", "Kubernetes and cloud")));
		podKill.reflect("""
				We killed one pod every ten minutes for an hour in the sandbox, then on the payments team's staging
				cluster. Traffic shifted to the two remaining pods within 4 seconds.""", """
				**Went well:** the readiness probes and the pod disruption budget did their job.
				**Didn't:** p99 latency spiked to 380 ms for about 20 seconds, close to the limit.""",
				"Two replicas are not enough headroom at peak: three is the minimum, and the HPA should scale on latency.",
				"Run the same experiment on the mobile banking API, with four replicas.");
		podKill.link(null, item("skill gap in Chaos"), keyResult("available at 99.9%"));
		podKill.schedule(today.minusDays(40), today.minusDays(33));
		podKill.start(today.minusDays(40));
		podKill.promote(Outcome.CONFIRMED, "Steady state held in the sandbox in 6 of 6 runs.",
				now.minusSeconds(35 * 86400L), priya);
		podKill.conclude(Outcome.CONFIRMED, today.minusDays(33), now.minusSeconds(33 * 86400L));

		Experiment retries = experiment(jonas, "Retry storms when the ledger database fails over",
				ExperimentKind.CHAOS_EXPERIMENT, "ledger-db",
				"The ledger clients ride out a database failover without failed transfers: their retries absorb the 30-second switch.",
				List.of("Databases", "Chaos engineering"));
		retries.reflect("We forced a failover of the ledger database in the sandbox at 200 requests per second.", """
				Retries without jitter hit the new primary all at once; connections ran out and 7% of transfers failed.
				The dashboards showed it clearly, which helped.""",
				"Retries alone make a failover worse: without backoff and jitter they turn into a retry storm.",
				"Exponential backoff with full jitter in the ledger client library, tried in the sandbox first.");
		retries.schedule(today.minusDays(21), today.minusDays(20));
		retries.start(today.minusDays(21));
		retries.conclude(Outcome.REFUTED, today.minusDays(20), now.minusSeconds(20 * 86400L));

		Experiment backoff = experiment(jonas, "Exponential backoff with jitter for ledger clients",
				ExperimentKind.NEW_PRACTICE, "ledger-db",
				"With exponential backoff and full jitter, a ledger failover causes no failed transfers at 200 requests per second.",
				List.of("Databases"));
		backoff.link(retries.getId(), null, null);
		backoff.schedule(today.minusDays(5), null);
		backoff.start(today.minusDays(5));

		Experiment postmortems = experiment(this.members.principal(DemoPeople.MEMBER).id(),
				"A blameless postmortem template in every team", ExperimentKind.PROCESS, "Payments",
				"Teams that use one short blameless template write postmortems within 5 days, and more people read them.",
				List.of("Postmortems"));
		postmortems.link(null, null, null);
		List.of(podKill, retries, backoff, postmortems).forEach(this.experiments::save);
	}

	private Experiment experiment(Long author, String title, ExperimentKind kind, String service, String hypothesis,
			List<String> skillNames) {
		Experiment experiment = new Experiment(author, title, kind, service, hypothesis, Scope.SANDBOX);
		experiment.credit(Set.of(), skillIds(skillNames));
		Experiment saved = this.experiments.save(experiment);
		this.events.publishEvent(saved.logged(this.clock.instant()));
		return saved;
	}

	private Set<Long> skillIds(List<String> names) {
		return this.skills.catalogue()
			.stream()
			.filter((skill) -> names.contains(skill.getName()))
			.map(Skill::getId)
			.collect(Collectors.toSet());
	}

	private Long item(String hint) {
		return this.backlogItems.open()
			.stream()
			.filter((item) -> item.title().contains(hint))
			.map(BacklogItemChoice::id)
			.findFirst()
			.orElse(null);
	}

	private Long keyResult(String hint) {
		return this.keyResults.choices()
			.stream()
			.filter((choice) -> choice.label().contains(hint))
			.map(KeyResultChoice::id)
			.findFirst()
			.orElse(null);
	}

}
