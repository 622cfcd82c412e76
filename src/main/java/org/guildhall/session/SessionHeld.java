package org.guildhall.session;

import java.time.Instant;
import java.util.Set;

/**
 * A session took place and its attendance is recorded (again, when corrected: the latest
 * event carries the whole attendance, so listeners replace rather than add).
 */
public record SessionHeld(Long sessionId, SessionFormat format, Instant startedAt, Set<Long> facilitatorIds,
		Set<Long> attendeeIds, boolean crossFunctional, Instant occurredAt) {
}
