package org.guildhall.experiment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the journal that {@code chaos run} writes: the experiment's title, its
 * steady-state hypothesis with each probe's tolerance, its method, and how the run went,
 * mapped to an outcome. Fields it does not know are ignored.
 */
record ChaosToolkitJournal(String title, String hypothesis, String method, String experience, Outcome outcome,
		LocalDate startedOn, LocalDate endedOn) {

	/** The largest journal accepted; a real one is a few kilobytes to a few hundred. */
	static final int MAX_BYTES = 1024 * 1024;

	static ChaosToolkitJournal read(byte[] json, ObjectMapper mapper) {
		if (json.length > MAX_BYTES) {
			throw new ExperimentRuleException("journal", "experiment.import.tooLarge");
		}
		JsonNode root;
		try {
			root = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new ExperimentRuleException("journal", "experiment.import.notJson");
		}
		JsonNode experiment = (root != null) ? root.path("experiment") : null;
		String title = (experiment != null) ? text(experiment.path("title")) : null;
		if (title == null || !root.has("status")) {
			throw new ExperimentRuleException("journal", "experiment.import.notJournal");
		}
		return new ChaosToolkitJournal(cut(title, 150), hypothesis(experiment.path("steady-state-hypothesis")),
				method(experiment), experience(root, experiment), outcome(root), date(root.path("start")),
				date(root.path("end")));
	}

	/**
	 * A run that completed without deviating held its steady state: the hypothesis
	 * stands. One that deviated refuted it. A failed, aborted or interrupted run shows
	 * nothing either way.
	 */
	private static Outcome outcome(JsonNode root) {
		String status = text(root.path("status"));
		if (!"completed".equals(status)) {
			return Outcome.INCONCLUSIVE;
		}
		return root.path("deviated").asBoolean(false) ? Outcome.REFUTED : Outcome.CONFIRMED;
	}

	private static String hypothesis(JsonNode steadyState) {
		if (!steadyState.isObject()) {
			return "The journal states no steady-state hypothesis.";
		}
		StringBuilder text = new StringBuilder("Steady state: ")
			.append(valueOr(text(steadyState.path("title")), "untitled"))
			.append("\n\nMeasured by these probes and tolerances:\n");
		for (JsonNode probe : list(steadyState.path("probes"))) {
			text.append("\n- `")
				.append(valueOr(text(probe.path("name")), "probe"))
				.append("` must be within tolerance `")
				.append(probe.has("tolerance") ? probe.get("tolerance").toString() : "none")
				.append('`');
		}
		return cut(text.toString(), 5000);
	}

	private static String method(JsonNode experiment) {
		StringBuilder text = new StringBuilder();
		int step = 1;
		for (JsonNode activity : list(experiment.path("method"))) {
			text.append(step++)
				.append(". ")
				.append(valueOr(text(activity.path("type")), "activity"))
				.append(" `")
				.append(valueOr(text(activity.path("name")), valueOr(text(activity.path("ref")), "unnamed")))
				.append("`\n");
		}
		List<JsonNode> rollbacks = list(experiment.path("rollbacks"));
		if (!rollbacks.isEmpty()) {
			text.append("\nRollbacks:\n");
			rollbacks.forEach((rollback) -> text.append("\n- `")
				.append(valueOr(text(rollback.path("name")), "unnamed"))
				.append('`'));
		}
		return text.isEmpty() ? null : cut(text.toString(), 10000);
	}

	private static String experience(JsonNode root, JsonNode experiment) {
		StringBuilder text = new StringBuilder();
		String description = text(experiment.path("description"));
		if (description != null) {
			text.append(description).append("\n\n");
		}
		text.append("Imported from a Chaos Toolkit journal. The run ")
			.append(valueOr(text(root.path("status")), "ended"))
			.append(root.path("deviated").asBoolean(false) ? " and deviated from its steady state" : "")
			.append('.');
		for (String moment : List.of("before", "after")) {
			JsonNode state = root.path("steady_states").path(moment);
			if (state.isObject() && state.has("steady_state_met")) {
				text.append(' ')
					.append(moment.equals("before") ? "Before" : "After")
					.append(" the method the steady state was ")
					.append(state.path("steady_state_met").asBoolean(false) ? "met" : "not met")
					.append('.');
			}
		}
		List<JsonNode> run = list(root.path("run"));
		if (!run.isEmpty()) {
			text.append("\n\nActivities:\n");
			run.forEach((activity) -> text.append("\n- `")
				.append(valueOr(text(activity.path("activity").path("name")), "unnamed"))
				.append("` ")
				.append(valueOr(text(activity.path("status")), "ran")));
		}
		return cut(text.toString(), 10000);
	}

	private static List<JsonNode> list(JsonNode node) {
		List<JsonNode> items = new ArrayList<>();
		if (node.isArray()) {
			node.values().forEach(items::add);
		}
		return items;
	}

	private static LocalDate date(JsonNode node) {
		String text = text(node);
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException notLocal) {
			try {
				return OffsetDateTime.parse(text).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString() && !node.stringValue().isBlank()) ? node.stringValue().strip() : null;
	}

	private static String valueOr(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

}
