package org.guildhall.experiment;

import java.time.Instant;
import java.util.Set;

/**
 * Someone logged an experiment (with these co-authors).
 */
public record ExperimentLogged(Long experimentId, Long authorId, Set<Long> coAuthorIds, ExperimentKind kind,
		Instant occurredAt) {
}
