package org.guildhall.metrics;

import java.math.BigDecimal;

/**
 * The business outcomes a community of practice is run for, recorded per service or
 * business unit per period. Rates are averaged across services; counts and savings add
 * up.
 */
enum OutcomeMeasure {

	AVAILABILITY("Service availability", MetricUnit.PERCENT, false, "0", "100"),

	INCIDENTS("Production incidents", MetricUnit.COUNT, true, "0", null),

	TIME_TO_RESTORE("Mean time to restore", MetricUnit.MINUTES, false, "0", null),

	TURNOVER("Turnover", MetricUnit.PERCENT, false, "0", "100"),

	DEVEX_NPS("Developer-experience NPS", MetricUnit.SCORE, false, "-100", "100"),

	COST_SAVINGS("Cost savings", MetricUnit.MONEY, true, null, null);

	private final String label;

	private final MetricUnit unit;

	private final boolean additive;

	private final BigDecimal min;

	private final BigDecimal max;

	OutcomeMeasure(String label, MetricUnit unit, boolean additive, String min, String max) {
		this.label = label;
		this.unit = unit;
		this.additive = additive;
		this.min = (min != null) ? new BigDecimal(min) : null;
		this.max = (max != null) ? new BigDecimal(max) : null;
	}

	public String label() {
		return this.label;
	}

	/** The constant, as forms submit it. */
	public String value() {
		return name();
	}

	public MetricUnit unit() {
		return this.unit;
	}

	/** Counts and money add up across services; rates are averaged. */
	public boolean additive() {
		return this.additive;
	}

	public String metricKey() {
		return "outcomes." + name().toLowerCase();
	}

	/** Whether a value is possible for this measure: a percentage between 0 and 100… */
	public boolean accepts(BigDecimal value) {
		return (this.min == null || value.compareTo(this.min) >= 0)
				&& (this.max == null || value.compareTo(this.max) <= 0);
	}

	/** The range a value must fall in, for messages. */
	public String range() {
		if (this.min != null && this.max != null) {
			return "from " + this.min.toPlainString() + " to " + this.max.toPlainString();
		}
		return (this.min != null) ? this.min.toPlainString() + " or more" : "any number";
	}

}
