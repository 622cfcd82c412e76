package org.guildhall.experiment;

import java.time.Instant;

/**
 * An experiment moved one rung up the scope ladder, with evidence from the rung below.
 */
public record ExperimentPromoted(Long experimentId, Long authorId, Scope from, Scope to, Instant occurredAt) {
}
