package org.guildhall.backlog;

import java.util.ArrayList;
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
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.web.CountedPages;
import org.guildhall.web.Link;
import org.guildhall.web.PageLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the backlog: the list with its filters, the board and an item's page, each in a
 * fixed number of statements whatever the size of the backlog.
 */
@Service
@Transactional(readOnly = true)
class BacklogList {

	/** How many items each column of the board shows; the rest are a link away. */
	static final int BOARD_COLUMN_SIZE = 20;

	private final BacklogItemRepository items;

	private final Members members;

	private final SkillService skills;

	private final KeyResults keyResults;

	private final ObjectProvider<BacklogItemLinks> links;

	private final ObjectProvider<BacklogItemOrigins> origins;

	private final CountedPages pages;

	BacklogList(BacklogItemRepository items, Members members, SkillService skills, KeyResults keyResults,
			ObjectProvider<BacklogItemLinks> links, ObjectProvider<BacklogItemOrigins> origins, CountedPages pages) {
		this.items = items;
		this.members = members;
		this.skills = skills;
		this.keyResults = keyResults;
		this.links = links;
		this.origins = origins;
		this.pages = pages;
	}

	/**
	 * A page of the list, in a fixed number of statements whatever the size of the
	 * backlog.
	 */
	Page<BacklogRow> page(BacklogQuery query, MemberPrincipal viewer) {
		Page<BacklogItem> page = this.pages.page(this.items, BacklogItem.class, matching(query), query.pageable());
		Map<Long, BacklogRow> rows = rows(page.getContent(), viewer, false);
		return page.map((item) -> rows.get(item.getId()));
	}

	/**
	 * The board: each status with its count and the top of its column, in six statements.
	 */
	List<Column> board(MemberPrincipal viewer) {
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

		/**
		 * The total as the board shows it, with a plus once counting stopped at the
		 * limit.
		 */
		public String totalLabel() {
			return (this.total > PageLinks.COUNT_LIMIT) ? String.format(Locale.ENGLISH, "%,d+", PageLinks.COUNT_LIMIT)
					: String.valueOf(this.total);
		}

	}

	BacklogRow view(Long id, MemberPrincipal viewer) {
		return rows(
				List.of(this.items.findById(id).orElseThrow(() -> new BacklogService.BacklogItemNotFoundException(id))),
				viewer, true)
			.get(id);
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
		Map<Long, String> keyResults = this.keyResults.labelsOf(keyResultIds);
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
				predicates.add(root.get("status").in(BacklogStatus.OPEN));
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

}
