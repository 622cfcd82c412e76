package org.guildhall.share;

import java.time.Instant;
import java.util.Set;

/**
 * A member shared knowledge with the community (with these people involved).
 */
public record KnowledgeShared(Long shareId, Long authorId, Set<Long> peopleIds, ShareKind kind, Long experimentId,
		Instant occurredAt) {
}
