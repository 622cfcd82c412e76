package org.guildhall.experiment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.guildhall.web.QueryParameters;

/**
 * What the experiment list shows, read from the query string; anything malformed falls
 * back to a sane default.
 *
 * @param q words to find in titles, lessons and hypotheses
 * @param kind one kind
 * @param outcome one outcome
 * @param scope one rung of the ladder
 * @param service the service or team, whatever its case
 * @param author a member who wrote or co-wrote the experiment
 * @param skill a skill it concerns
 * @param dates which day the range applies to: started (the default), logged or concluded
 * @param from on or after
 * @param to on or before
 * @param page 1-based page number
 */
record ExperimentQuery(String q, ExperimentKind kind, Outcome outcome, Scope scope, String service, Long author,
		Long skill, ExperimentDates dates, LocalDate from, LocalDate to, int page) {

	public static final int PAGE_SIZE = 20;

	public static ExperimentQuery from(Map<String, String> parameters) {
		return new ExperimentQuery(QueryParameters.text(parameters.get("q"), 200),
				QueryParameters.constant(ExperimentKind.class, parameters.get("kind")),
				QueryParameters.constant(Outcome.class, parameters.get("outcome")),
				QueryParameters.constant(Scope.class, parameters.get("scope")),
				QueryParameters.text(parameters.get("service"), 120), QueryParameters.id(parameters.get("author")),
				QueryParameters.id(parameters.get("skill")),
				Objects.requireNonNullElse(QueryParameters.constant(ExperimentDates.class, parameters.get("dates")),
						ExperimentDates.STARTED),
				QueryParameters.date(parameters.get("from")), QueryParameters.date(parameters.get("to")),
				QueryParameters.page(parameters.get("page"), PAGE_SIZE));
	}

	public boolean isFiltered() {
		return this.q != null || this.kind != null || this.outcome != null || this.scope != null || this.service != null
				|| this.author != null || this.skill != null || this.from != null || this.to != null;
	}

	long offset() {
		return (long) (this.page - 1) * PAGE_SIZE;
	}

}
