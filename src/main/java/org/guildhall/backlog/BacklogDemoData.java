package org.guildhall.backlog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Members;
import org.guildhall.member.Skill;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResultChoice;
import org.guildhall.okr.KeyResults;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A backlog to try Guildhall with: one item of each type, at every stage, with votes.
 * Loaded once, after the demo OKRs, when the backlog is empty.
 */
@Component
@ConditionalOnDemoData
class BacklogDemoData implements DemoDataSet {

	private final BacklogItemRepository items;

	private final Members members;

	private final SkillService skills;

	private final KeyResults keyResults;

	private final TransactionTemplate transaction;

	BacklogDemoData(BacklogItemRepository items, Members members, SkillService skills, KeyResults keyResults,
			TransactionTemplate transaction) {
		this.items = items;
		this.members = members;
		this.skills = skills;
		this.keyResults = keyResults;
		this.transaction = transaction;
	}

	@Override
	public DemoStep step() {
		return DemoStep.BACKLOG;
	}

	@Override
	public boolean load() {
		if (this.items.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		item("Close the skill gap in Chaos engineering", BacklogItemType.SKILL_GAP, BacklogStatus.READY,
				DemoPeople.email("Priya Sharma"), """
						Only one member holds chaos engineering at level 4 or more, while several want to learn it.
						Pair them with Priya on **game days**, and start with the payments path.""", "game day",
				List.of("Chaos engineering"), 9);
		item("Certify 8 members as SRE practitioners", BacklogItemType.CERTIFICATION, BacklogStatus.IN_PROGRESS,
				DemoPeople.email("Jonas Becker"), "Study group every other Thursday; exam vouchers are approved.",
				"Certify", List.of("SLOs and error budgets", "Incident response"), 6);
		item("Define SLOs and error budgets for the payments platform", BacklogItemType.BUSINESS_IMPLEMENTATION,
				BacklogStatus.IN_PROGRESS, DemoPeople.email("Valentina Gómez"),
				"Start with checkout availability and latency; agree the consequences with the product owners.", null,
				List.of("SLOs and error budgets", "Observability"), 7);
		item("A client asks for 99.95% availability on the mobile banking API", BacklogItemType.CUSTOMER_CHALLENGE,
				BacklogStatus.IDEA, DemoPeople.email("Santiago Herrera"),
				"What would it take, and what would it cost? Today we run at 99.9%.", "99.9%",
				List.of("Kubernetes and cloud", "Capacity planning"), 4);
		item("Runbooks for the ten noisiest alerts", BacklogItemType.OTHER, BacklogStatus.DONE,
				DemoPeople.email("Ana Pereira"),
				"Each runbook links from its alert; on-call rated them useful in the last survey.", null,
				List.of("On-call", "Incident response"), 3);
		BacklogItem dropped = item("Company-wide capacity planning course", BacklogItemType.SKILL_GAP,
				BacklogStatus.IDEA, DemoPeople.email("Michael Brooks"), null, null, List.of("Capacity planning"), 1);
		dropped.drop("The platform team runs its own programme; we join theirs instead.");
	}

	private BacklogItem item(String title, BacklogItemType type, BacklogStatus status, String owner, String description,
			String keyResultHint, List<String> skillNames, int votes) {
		Long ownerId = this.members.principal(owner).id();
		BacklogItem item = new BacklogItem(title, type, ownerId, this.items.findLowestRank() + 1);
		Long keyResult = (keyResultHint == null) ? null
				: this.keyResults.choices()
					.stream()
					.filter((choice) -> choice.label().contains(keyResultHint))
					.map(KeyResultChoice::id)
					.findFirst()
					.orElse(null);
		Set<Long> skillIds = this.skills.catalogue()
			.stream()
			.filter((skill) -> skillNames.contains(skill.getName()))
			.map(Skill::getId)
			.collect(Collectors.toSet());
		item.describe(title, description, type, keyResult, skillIds);
		if (status != BacklogStatus.IDEA) {
			item.moveTo(status);
		}
		BacklogItem saved = this.items.saveAndFlush(item);
		this.members.contributors().stream().limit(votes).forEach((voter) -> {
			if (this.items.addVote(saved.getId(), voter.id()) == 1) {
				this.items.countVote(saved.getId(), 1);
			}
		});
		return saved;
	}

}
