package org.guildhall.league;

import java.time.Instant;
import java.util.List;

/**
 * A former sidekick became the hero of a pairing of their own: what the league exists
 * for. Their former heroes share the credit.
 */
public record HeroCreated(Long heroId, Long pairingId, List<Long> formerHeroIds, Instant occurredAt) {
}
