package org.guildhall.audit;

import java.time.LocalDate;
import java.util.Map;

import org.guildhall.web.QueryParameters;

/**
 * The audit page's filters: who (the start of an email), what, and a date range in the
 * viewer's zone; anything malformed is simply not applied.
 */
record AuditQuery(String who, AuditAction what, LocalDate from, LocalDate to, int page) {

	static final int PAGE_SIZE = 50;

	static AuditQuery from(Map<String, String> parameters) {
		return new AuditQuery(QueryParameters.text(parameters.get("who"), 254),
				QueryParameters.constant(AuditAction.class, parameters.get("what")),
				QueryParameters.date(parameters.get("from")), QueryParameters.date(parameters.get("to")),
				QueryParameters.page(parameters.get("page"), PAGE_SIZE));
	}

}
