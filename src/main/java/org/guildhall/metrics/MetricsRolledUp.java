package org.guildhall.metrics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A roll-up committed the snapshots of these days; whatever follows a metric can read
 * them.
 */
public record MetricsRolledUp(LocalDate firstDay, LocalDate lastDay, Instant occurredAt) {
}
