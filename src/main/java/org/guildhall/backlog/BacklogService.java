package org.guildhall.backlog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillCoverage;
import org.guildhall.member.SkillNotFoundException;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the backlog: raising and describing items, voting on them, ordering and moving
 * them along.
 */
@Service
@Transactional(readOnly = true)
class BacklogService {

	private final BacklogItemRepository items;

	private final Members members;

	private final SkillService skills;

	private final KeyResults keyResults;

	BacklogService(BacklogItemRepository items, Members members, SkillService skills, KeyResults keyResults) {
		this.items = items;
		this.members = members;
		this.skills = skills;
		this.keyResults = keyResults;
	}

	public BacklogItem find(Long id) {
		return this.items.findById(id).orElseThrow(() -> new BacklogItemNotFoundException(id));
	}

	@Transactional
	public BacklogItem raise(MemberPrincipal actor, BacklogItemForm form) {
		Long owner = (actor.isLead() && form.getOwnerId() != null) ? form.getOwnerId() : actor.id();
		check(form, owner);
		BacklogItem item = new BacklogItem(form.getTitle(), form.getType(), owner, this.items.findLowestRank() + 1);
		describe(item, form);
		return this.items.saveAndFlush(item);
	}

	/**
	 * Raises a skill gap from the skills picture in one click: the title and description
	 * say how few heroes the skill has and how many members want to learn it.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public BacklogItem raiseSkillGap(MemberPrincipal lead, Long skillId) {
		SkillCoverage coverage = this.skills.coverageOf(skillId).orElseThrow(() -> new SkillNotFoundException(skillId));
		BacklogItem item = new BacklogItem("Close the skill gap in " + coverage.getName(), BacklogItemType.SKILL_GAP,
				lead.id(), this.items.findLowestRank() + 1);
		item.describe(item.getTitle(),
				"Only " + coverage.getExperts() + " active member" + ((coverage.getExperts() == 1) ? "" : "s")
						+ " hold " + coverage.getName() + " at level 4 or 5, while " + coverage.getLearners()
						+ " want to learn it and " + coverage.getHolders()
						+ " hold it at any level. Pair learners with the heroes there are, and grow more.",
				BacklogItemType.SKILL_GAP, null, Set.of(skillId));
		return this.items.saveAndFlush(item);
	}

	@Transactional
	public BacklogItem update(MemberPrincipal actor, Long id, BacklogItemForm form) {
		BacklogItem item = editable(actor, id);
		Versions.requireCurrent(BacklogItem.class, id, item.getVersion(), form.getVersion());
		Long owner = (actor.isLead() && form.getOwnerId() != null) ? form.getOwnerId() : item.getOwnerId();
		check(form, owner);
		describe(item, form);
		item.handOver(owner);
		return this.items.saveAndFlush(item);
	}

	@Transactional
	public void moveTo(MemberPrincipal actor, Long id, BacklogStatus status) {
		editable(actor, id).moveTo(status);
	}

	@Transactional
	public void drop(MemberPrincipal actor, Long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "backlog.drop.reason");
		}
		if (reason.strip().length() > 500) {
			throw new RuleViolationException("reason", "backlog.drop.reasonLength");
		}
		editable(actor, id).drop(reason);
	}

	/** Adds the member's vote, once; voting again changes nothing. */
	@Transactional
	public void vote(MemberPrincipal voter, Long id) {
		find(id);
		if (this.items.addVote(id, voter.id()) == 1) {
			this.items.countVote(id, 1);
		}
	}

	@Transactional
	public void takeBackVote(MemberPrincipal voter, Long id) {
		find(id);
		if (this.items.removeVote(id, voter.id()) == 1) {
			this.items.countVote(id, -1);
		}
	}

	/** Swaps the item with its neighbour in the lead's order. */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void move(Long id, boolean up) {
		BacklogItem item = find(id);
		List<BacklogItem> neighbour = up ? this.items.findAbove(item.getPriorityRank(), id, PageRequest.of(0, 1))
				: this.items.findBelow(item.getPriorityRank(), id, PageRequest.of(0, 1));
		neighbour.stream().findFirst().ifPresent((other) -> {
			int rank = item.getPriorityRank();
			int otherRank = other.getPriorityRank();
			item.rankAt((otherRank != rank) ? otherRank : rank + (up ? -1 : 1));
			other.rankAt(rank);
		});
	}

	BacklogItemForm editForm(MemberPrincipal actor, Long id) {
		return BacklogItemForm.from(editable(actor, id));
	}

	/** The item an actor may change: its owner's, or any for a lead. */
	BacklogItem editable(MemberPrincipal actor, Long id) {
		BacklogItem item = find(id);
		if (!actor.isLead() && !item.isOwnedBy(actor.id())) {
			throw new AccessDeniedException("Only an item's owner or a lead changes it");
		}
		return item;
	}

	private void check(BacklogItemForm form, Long owner) {
		this.members.requireContributor("ownerId", owner);
		this.keyResults.requireKnown("keyResultId", form.getKeyResultId());
		this.skills.requireKnown("skillIds", form.getSkillIds());
	}

	private static void describe(BacklogItem item, BacklogItemForm form) {
		item.describe(form.getTitle(), form.getDescription(), form.getType(), form.getKeyResultId(),
				new HashSet<>(form.getSkillIds()));
	}

	/** No backlog item has the id a URL names. */
	static class BacklogItemNotFoundException extends NotFoundException {

		BacklogItemNotFoundException(Long id) {
			super("No backlog item " + id);
		}

	}

}
