package org.guildhall.member;

import java.util.Map;
import java.util.Optional;

import org.guildhall.web.QueryParameters;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the member directory shows: a name search, filters, a sort and a page, read from
 * the query string. Anything malformed falls back to a sane default instead of failing.
 *
 * @param q part of a name
 * @param country ISO country code
 * @param businessUnit exact business unit
 * @param jobRole exact job role
 * @param skill a skill id the member must hold
 * @param minLevel the lowest level of that skill that counts
 * @param status active, deactivated or all (only leads see anything but active)
 * @param sort name or joined
 * @param direction asc or desc
 * @param page 1-based page number
 */
record DirectoryQuery(String q, String country, String businessUnit, String jobRole, Long skill, int minLevel,
		Status status, String sort, String direction, int page) {

	public static final int PAGE_SIZE = 20;

	static final int MAX_SEARCH_LENGTH = 100;

	/** Which accounts the directory lists. */
	public enum Status {

		ACTIVE, DEACTIVATED, ALL

	}

	public static DirectoryQuery from(Map<String, String> parameters) {
		String sort = "joined".equals(parameters.get("sort")) ? "joined" : "name";
		String defaultDirection = sort.equals("joined") ? "desc" : "asc";
		String direction = Optional.ofNullable(parameters.get("dir"))
			.filter((value) -> value.equals("asc") || value.equals("desc"))
			.orElse(defaultDirection);
		return new DirectoryQuery(QueryParameters.text(parameters.get("q"), MAX_SEARCH_LENGTH),
				QueryParameters.text(parameters.get("country"), 2),
				QueryParameters.text(parameters.get("businessUnit"), 80),
				QueryParameters.text(parameters.get("jobRole"), 80), QueryParameters.id(parameters.get("skill")),
				(int) Math.min(Math.max(QueryParameters.number(parameters.get("minLevel"), 1), 1), 5),
				status(parameters.get("status")), sort, direction,
				QueryParameters.page(parameters.get("page"), PAGE_SIZE));
	}

	/** The same query as seen by someone who may only list active members. */
	DirectoryQuery activeOnly() {
		return new DirectoryQuery(this.q, this.country, this.businessUnit, this.jobRole, this.skill, this.minLevel,
				Status.ACTIVE, this.sort, this.direction, this.page);
	}

	Pageable pageable() {
		Sort.Direction order = this.direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
		Sort primary = this.sort.equals("joined") ? Sort.by(order, "joinedOn") : Sort.by(order, "name");
		return PageRequest.of(this.page - 1, PAGE_SIZE, primary.and(Sort.by(order, "id")));
	}

	/**
	 * Whether anything beyond the name search is chosen, so the page shows those controls
	 * open.
	 */
	public boolean isNarrowedOrSorted() {
		return this.country != null || this.businessUnit != null || this.jobRole != null || this.skill != null
				|| this.status != Status.ACTIVE || !this.sort.equals("name") || !this.direction.equals("asc");
	}

	public boolean isFiltered() {
		return this.q != null || this.country != null || this.businessUnit != null || this.jobRole != null
				|| this.skill != null || this.status != Status.ACTIVE;
	}

	private static Status status(String value) {
		if (value == null) {
			return Status.ACTIVE;
		}
		return switch (value) {
			case "deactivated" -> Status.DEACTIVATED;
			case "all" -> Status.ALL;
			default -> Status.ACTIVE;
		};
	}

}
