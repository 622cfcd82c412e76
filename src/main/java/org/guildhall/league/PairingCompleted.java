package org.guildhall.league;

import java.time.Instant;

/**
 * A pairing reached its end with an assessment.
 */
public record PairingCompleted(Long pairingId, Long heroId, Long sidekickId, Instant occurredAt) {
}
