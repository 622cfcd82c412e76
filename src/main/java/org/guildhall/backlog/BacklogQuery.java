package org.guildhall.backlog;

import java.util.Map;

import org.guildhall.web.QueryParameters;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the backlog list shows, read from the query string; anything malformed falls back
 * to a sane default.
 *
 * @param type one type, or all
 * @param status open (idea, ready, in progress), one status, or all
 * @param skill a skill the items concern
 * @param owner the owner's member id
 * @param keyResult the key result the items serve
 * @param sort rank (the lead's order), votes or age (newest first)
 * @param page 1-based page number
 */
record BacklogQuery(BacklogItemType type, String status, Long skill, Long owner, Long keyResult, String sort,
		int page) {

	public static final int PAGE_SIZE = 20;

	public static BacklogQuery from(Map<String, String> parameters) {
		String sort = parameters.getOrDefault("sort", "rank");
		return new BacklogQuery(QueryParameters.constant(BacklogItemType.class, parameters.get("type")),
				status(parameters.get("status")), QueryParameters.id(parameters.get("skill")),
				QueryParameters.id(parameters.get("owner")), QueryParameters.id(parameters.get("keyResult")),
				switch (sort) {
					case "votes", "age" -> sort;
					default -> "rank";
				}, QueryParameters.page(parameters.get("page"), PAGE_SIZE));
	}

	/** The one status asked for, or null for "open" and "all". */
	BacklogStatus singleStatus() {
		return QueryParameters.constant(BacklogStatus.class, this.status);
	}

	public boolean isFiltered() {
		return this.type != null || !this.status.equals("open") || this.skill != null || this.owner != null
				|| this.keyResult != null;
	}

	Pageable pageable() {
		Sort order = switch (this.sort) {
			case "votes" -> Sort.by(Sort.Direction.DESC, "voteCount").and(Sort.by("priorityRank"));
			case "age" -> Sort.by(Sort.Direction.DESC, "createdAt");
			default -> Sort.by("priorityRank");
		};
		return PageRequest.of(this.page - 1, PAGE_SIZE, order.and(Sort.by("id")));
	}

	private static String status(String value) {
		if ("all".equals(value) || QueryParameters.constant(BacklogStatus.class, value) != null) {
			return value;
		}
		return "open";
	}

}
