package org.guildhall.experiment;

import java.time.Instant;
import java.util.Set;

/**
 * An experiment concluded with an outcome; {@code withLesson} says whether it records
 * what was learned (a refuted hypothesis with a lesson counts like a confirmed one).
 */
public record ExperimentConcluded(Long experimentId, Long authorId, Set<Long> coAuthorIds, Outcome outcome,
		boolean withLesson, Instant occurredAt) {
}
