package org.guildhall.session;

import java.time.Instant;

/**
 * An attendee scored a session (0–10), or changed their score. The member is named for
 * the league's credit only; no page shows who gave which score.
 */
public record FeedbackGiven(Long sessionId, Long memberId, int score, boolean changed, Instant occurredAt) {
}
