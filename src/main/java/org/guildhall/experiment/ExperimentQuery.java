package org.guildhall.experiment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

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
 * @param from started on or after
 * @param to started on or before
 * @param page 1-based page number
 */
public record ExperimentQuery(String q, ExperimentKind kind, Outcome outcome, Scope scope, String service, Long author,
		Long skill, LocalDate from, LocalDate to, int page) {

	public static final int PAGE_SIZE = 20;

	static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

	public static ExperimentQuery from(Map<String, String> parameters) {
		return new ExperimentQuery(text(parameters.get("q"), 200), value(ExperimentKind.class, parameters.get("kind")),
				value(Outcome.class, parameters.get("outcome")), value(Scope.class, parameters.get("scope")),
				text(parameters.get("service"), 120), positive(parameters.get("author")),
				positive(parameters.get("skill")), date(parameters.get("from")), date(parameters.get("to")),
				(int) Math.min(Math.max(number(parameters.get("page"), 1), 1), LAST_PAGE));
	}

	public boolean isFiltered() {
		return this.q != null || this.kind != null || this.outcome != null || this.scope != null || this.service != null
				|| this.author != null || this.skill != null || this.from != null || this.to != null;
	}

	long offset() {
		return (long) (this.page - 1) * PAGE_SIZE;
	}

	private static String text(String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > maxLength) ? stripped.substring(0, maxLength) : stripped;
	}

	private static <E extends Enum<E>> E value(Class<E> type, String value) {
		try {
			return (value != null && !value.isBlank()) ? Enum.valueOf(type, value.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Long positive(String value) {
		long parsed = number(value, 0);
		return (parsed > 0) ? parsed : null;
	}

	private static long number(String value, long fallback) {
		try {
			return (value != null) ? Long.parseLong(value.strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
