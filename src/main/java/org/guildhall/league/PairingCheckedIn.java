package org.guildhall.league;

import java.time.Instant;

/**
 * A hero and sidekick recorded a check-in on their pairing.
 */
public record PairingCheckedIn(Long pairingId, Long checkInId, Long heroId, Long sidekickId, Instant occurredAt) {
}
