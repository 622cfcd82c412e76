package org.guildhall.experiment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One experiment in the list: enough to choose what to read.
 */
record ExperimentRow(Long id, String title, ExperimentKind kind, String service, Scope scope, ExperimentStatus status,
		Outcome outcome, LocalDate startedOn, Long authorId, String authorName, String lesson, boolean withLesson,
		Instant createdAt) {

	public boolean celebrated() {
		return this.outcome == Outcome.CONFIRMED || (this.outcome == Outcome.REFUTED && this.withLesson);
	}

}
