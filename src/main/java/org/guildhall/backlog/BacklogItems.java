package org.guildhall.backlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the backlog: the titles of items, whether the one a form
 * names exists, and a new item raised on members' behalf.
 */
@Service
@Transactional(readOnly = true)
public class BacklogItems {

	/** The one message for a backlog item a form names that does not exist. */
	static final String UNKNOWN = "backlogItem.unknown";

	private final BacklogItemRepository items;

	BacklogItems(BacklogItemRepository items) {
		this.items = items;
	}

	/** The titles of these items, in one statement. */
	public Map<Long, String> titlesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.items.findByIds(ids).stream().collect(Collectors.toMap(BacklogItem::getId, BacklogItem::getTitle));
	}

	/** Items still open (not done or dropped), in the lead's order. */
	public List<BacklogItemChoice> open() {
		return this.items.findOpen(BacklogStatus.OPEN.stream().map(BacklogStatus::name).toList())
			.stream()
			.map((item) -> new BacklogItemChoice(item.getId(), item.getTitle()))
			.toList();
	}

	public boolean exists(Long id) {
		return id != null && this.items.existsById(id);
	}

	/** Refuses, next to the field, a backlog item that does not exist; none is fine. */
	public void requireKnown(String field, Long id) {
		if (id != null && !exists(id)) {
			throw new RuleViolationException(field, UNKNOWN);
		}
	}

	/**
	 * Raises an item that members asked for, such as an expectation from a survey; the
	 * lead owns it until they hand it to someone. Answers its id.
	 */
	@Transactional
	public Long raiseForMembers(MemberPrincipal lead, String title, String description) {
		BacklogItem item = new BacklogItem(title, BacklogItemType.OTHER, lead.id(), this.items.findLowestRank() + 1);
		item.describe(title, description, BacklogItemType.OTHER, null, Set.of());
		return this.items.saveAndFlush(item).getId();
	}

}
