package org.guildhall.backlog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.MemberService;
import org.guildhall.member.SkillCoverage;
import org.guildhall.member.SkillNotFoundException;
import org.guildhall.member.SkillService;
import org.guildhall.okr.OkrService;
import org.guildhall.web.CountedPages;
import org.guildhall.web.Link;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.PageLinks;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog: raising, describing, voting on, ordering and moving items along.
 */
@Service
@Transactional(readOnly = true)
public class BacklogService {

	/** How many items each column of the board shows; the rest are a link away. */
	static final int BOARD_COLUMN_SIZE = 20;

	private final BacklogItemRepository items;

	private final MemberService members;

	private final SkillService skills;

	private final OkrService okrs;

	private final ObjectProvider<BacklogItemLinks> links;

	private final ObjectProvider<BacklogItemOrigins> origins;

	private final CountedPages pages;

	BacklogService(BacklogItemRepository items, MemberService members, SkillService skills, OkrService okrs,
			ObjectProvider<BacklogItemLinks> links, ObjectProvider<BacklogItemOrigins> origins, CountedPages pages) {
		this.items = items;
		this.members = members;
		this.skills = skills;
		this.okrs = okrs;
		this.links = links;
		this.origins = origins;
		this.pages = pages;
	}

	/**
	 * A page of the list, in a fixed number of statements whatever the size of the
	 * backlog.
	 */
	public Page<BacklogRow> page(BacklogQuery query, MemberPrincipal viewer) {
		Page<BacklogItem> page = this.pages.page(this.items, BacklogItem.class, matching(query), query.pageable());
		Map<Long, BacklogRow> rows = rows(page.getContent(), viewer, false);
		return page.map((item) -> rows.get(item.getId()));
	}

	/**
	 * The board: each status with its count and the top of its column, in six statements.
	 */
	public List<Column> board(MemberPrincipal viewer) {
		Map<BacklogStatus, Long> counts = this.items
			.countByStatus(BacklogStatus.BOARD.stream().map(BacklogStatus::name).toArray(String[]::new),
					PageLinks.COUNT_LIMIT + 1)
			.stream()
			.collect(Collectors.toMap(BacklogItemRepository.StatusCount::getStatus,
					BacklogItemRepository.StatusCount::getItems));
		Map<BacklogStatus, List<BacklogItem>> tops = new LinkedHashMap<>();
		BacklogStatus.BOARD.forEach(
				(status) -> tops.put(status, this.items.findTopOfColumn(status, PageRequest.of(0, BOARD_COLUMN_SIZE))));
		Map<Long, BacklogRow> rows = rows(tops.values().stream().flatMap(List::stream).toList(), viewer, false);
		return tops.entrySet()
			.stream()
			.map((column) -> new Column(column.getKey(), counts.getOrDefault(column.getKey(), 0L),
					column.getValue().stream().map((item) -> rows.get(item.getId())).toList()))
			.toList();
	}

	/**
	 * One column of the board; its total is counted up to one more than
	 * {@link PageLinks#COUNT_LIMIT}.
	 */
	public record Column(BacklogStatus status, long total, List<BacklogRow> items) {

		/** The total as the board shows it: "1,000+" once counting stopped. */
		public String totalLabel() {
			return (this.total > PageLinks.COUNT_LIMIT) ? String.format(Locale.ENGLISH, "%,d+", PageLinks.COUNT_LIMIT)
					: String.valueOf(this.total);
		}

	}

	public BacklogRow view(Long id, MemberPrincipal viewer) {
		return rows(List.of(find(id)), viewer, true).get(id);
	}

	public BacklogItem find(Long id) {
		return this.items.findById(id).orElseThrow(() -> new BacklogItemNotFoundException(id));
	}

	/** Items still open (not done or dropped), for the selects of other features. */
	public List<BacklogItemChoice> openItems() {
		BacklogQuery open = BacklogQuery.from(Map.of());
		return this.items.findAll(matching(open), open.pageable().getSort())
			.stream()
			.map((item) -> new BacklogItemChoice(item.getId(), item.getTitle()))
			.toList();
	}

	/** The titles of these items, in one statement. */
	public Map<Long, String> titlesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.items.findByIds(ids).stream().collect(Collectors.toMap(BacklogItem::getId, BacklogItem::getTitle));
	}

	public boolean exists(Long id) {
		return this.items.existsById(id);
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

	/**
	 * Raises an item that members asked for, such as an expectation from a survey; the
	 * lead owns it until they hand it to someone.
	 */
	@Transactional
	public BacklogItem raiseForMembers(MemberPrincipal lead, String title, String description) {
		BacklogItem item = new BacklogItem(title, BacklogItemType.OTHER, lead.id(), this.items.findLowestRank() + 1);
		item.describe(title, description, BacklogItemType.OTHER, null, Set.of());
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
		if (!this.members.isContributor(owner)) {
			throw new RuleViolationException("ownerId", "okr.owner.notContributor");
		}
		if (form.getKeyResultId() != null && !this.okrs.keyResultExists(form.getKeyResultId())) {
			throw new RuleViolationException("keyResultId", "backlog.keyResult.unknown");
		}
		if (!this.skills.namesOf(form.getSkillIds()).keySet().containsAll(form.getSkillIds())) {
			throw new RuleViolationException("skillIds", "backlog.skill.unknown");
		}
	}

	private static void describe(BacklogItem item, BacklogItemForm form) {
		item.describe(form.getTitle(), form.getDescription(), form.getType(), form.getKeyResultId(),
				new HashSet<>(form.getSkillIds()));
	}

	/**
	 * Names beside each item: owners, key results, skills, the viewer's votes; three to
	 * five statements.
	 */
	private Map<Long, BacklogRow> rows(List<BacklogItem> found, MemberPrincipal viewer, boolean withWork) {
		if (found.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = found.stream().map(BacklogItem::getId).toList();
		Map<Long, String> owners = this.members
			.namesOf(found.stream().map(BacklogItem::getOwnerId).collect(Collectors.toSet()));
		Set<Long> keyResultIds = found.stream()
			.map(BacklogItem::getKeyResultId)
			.filter((keyResult) -> keyResult != null)
			.collect(Collectors.toSet());
		Map<Long, String> keyResults = this.okrs.keyResultLabels(keyResultIds);
		Map<Long, String> skillNames = this.skills
			.namesOf(found.stream().flatMap((item) -> item.getSkillIds().stream()).collect(Collectors.toSet()));
		Set<Long> voted = new HashSet<>(this.items.findVotedBy(viewer.id(), ids));
		Map<Long, List<Link>> work = new HashMap<>();
		if (withWork) {
			this.links.forEach((source) -> source.linksToBacklogItems(ids)
				.forEach((itemId, linked) -> work.computeIfAbsent(itemId, (key) -> new ArrayList<>()).addAll(linked)));
		}
		Map<Long, Link> origin = new HashMap<>();
		this.origins.forEach((source) -> origin.putAll(source.originsOf(ids)));
		Map<Long, BacklogRow> rows = new LinkedHashMap<>();
		for (BacklogItem item : found) {
			rows.put(item.getId(), new BacklogRow(item, owners.get(item.getOwnerId()),
					(item.getKeyResultId() != null) ? keyResults.get(item.getKeyResultId()) : null,
					item.getSkillIds().stream().map(skillNames::get).sorted().toList(), voted.contains(item.getId()),
					work.getOrDefault(item.getId(), List.of()), origin.get(item.getId())));
		}
		return rows;
	}

	private static Specification<BacklogItem> matching(BacklogQuery query) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (query.type() != null) {
				predicates.add(builder.equal(root.get("type"), query.type()));
			}
			BacklogStatus status = query.singleStatus();
			if (status != null) {
				predicates.add(builder.equal(root.get("status"), status));
			}
			else if (query.status().equals("open")) {
				predicates
					.add(root.get("status").in(BacklogStatus.IDEA, BacklogStatus.READY, BacklogStatus.IN_PROGRESS));
			}
			if (query.owner() != null) {
				predicates.add(builder.equal(root.get("ownerId"), query.owner()));
			}
			if (query.keyResult() != null) {
				predicates.add(builder.equal(root.get("keyResultId"), query.keyResult()));
			}
			if (query.skill() != null) {
				predicates.add(builder.isMember(query.skill(), root.get("skillIds")));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** No backlog item has the id a URL names. */
	static class BacklogItemNotFoundException extends NotFoundException {

		BacklogItemNotFoundException(Long id) {
			super("No backlog item " + id);
		}

	}

}
