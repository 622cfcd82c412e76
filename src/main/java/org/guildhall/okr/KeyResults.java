package org.guildhall.okr;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.web.RuleViolationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of key results: how to name them ("objective › key result"),
 * which ones can still be served, and whether the one a form names exists.
 */
@Service
@Transactional(readOnly = true)
public class KeyResults {

	/** The one message for a key result a form names that does not exist. */
	static final String UNKNOWN = "keyResult.unknown";

	private final KeyResultRepository keyResults;

	private final JdbcTemplate jdbc;

	KeyResults(KeyResultRepository keyResults, JdbcTemplate jdbc) {
		this.keyResults = keyResults;
		this.jdbc = jdbc;
	}

	/** The key results of open periods, newest period first. */
	public List<KeyResultChoice> choices() {
		return this.keyResults.findChoices()
			.stream()
			.map((keyResult) -> new KeyResultChoice(keyResult.getId(),
					keyResult.getObjective().getTitle() + " › " + keyResult.getTitle()))
			.toList();
	}

	/** "Objective › key result" for these key results, in one statement. */
	public Map<Long, String> labelsOf(Collection<Long> ids) {
		Map<Long, String> labels = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("""
					select k.id, o.title || ' › ' || k.title
					  from key_results k join objectives o on o.id = k.objective_id
					 where k.id = any(?)""", (RowCallbackHandler) (row) -> labels.put(row.getLong(1), row.getString(2)),
					(Object) ids.toArray(Long[]::new));
		}
		return labels;
	}

	public boolean exists(Long id) {
		return id != null && this.keyResults.existsById(id);
	}

	/** Refuses, next to the field, a key result that does not exist; none is fine. */
	public void requireKnown(String field, Long id) {
		if (id != null && !exists(id)) {
			throw new RuleViolationException(field, UNKNOWN);
		}
	}

}
