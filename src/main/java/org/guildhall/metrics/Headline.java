package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.web.Sparkline;

/**
 * A headline number: the last four weeks (a flow's sum, a level's latest value), the four
 * weeks before, and a twelve-week trend.
 */
record Headline(Metric metric, BigDecimal figure, BigDecimal previous, Sparkline trend, LocalDate from, LocalDate to) {

	/** Up, down or flat against the four weeks before; null without both figures. */
	public Integer direction() {
		return (this.figure != null && this.previous != null) ? this.figure.compareTo(this.previous) : null;
	}

	public String records() {
		return this.metric.recordsBetween(this.from, this.to);
	}

}
