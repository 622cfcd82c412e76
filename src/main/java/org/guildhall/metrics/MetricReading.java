package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A metric's value for a key result, with the formula and the figures that made it, so
 * that anyone can see where the number comes from.
 *
 * @param value the value
 * @param asOf the last day the value includes
 * @param provenance the formula with its figures, in words
 */
public record MetricReading(BigDecimal value, LocalDate asOf, String provenance) {
}
