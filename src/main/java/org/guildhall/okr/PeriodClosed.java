package org.guildhall.okr;

import java.time.Instant;

/**
 * A lead closed an OKR period: its objectives' scores froze with their grades.
 */
public record PeriodClosed(Long periodId, String name, Long closedBy, Instant closedAt) {
}
