package org.guildhall.okr;

import java.math.BigDecimal;

/**
 * What a key result counts, and which values make sense for it: a count of incidents is
 * never negative and a percentage stays between 0 and 100.
 */
enum Unit {

	COUNT("count", "", BigDecimal.ZERO, null), PERCENT("%", "%", BigDecimal.ZERO, BigDecimal.valueOf(100)),
	HOURS("hours", " h", BigDecimal.ZERO, null), MINUTES("minutes", " min", BigDecimal.ZERO, null),
	SCORE("score", "", null, null), MONEY("money", "", BigDecimal.ZERO, null);

	/**
	 * Beyond this magnitude a value is a typing mistake, and no longer fits the column.
	 */
	static final BigDecimal LARGEST = new BigDecimal("999999999999");

	private final String label;

	private final String suffix;

	private final BigDecimal minimum;

	private final BigDecimal maximum;

	Unit(String label, String suffix, BigDecimal minimum, BigDecimal maximum) {
		this.label = label;
		this.suffix = suffix;
		this.minimum = minimum;
		this.maximum = maximum;
	}

	public String label() {
		return this.label;
	}

	/** The value as people read it, such as "99.9%" or "34". */
	public String format(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() + this.suffix : "";
	}

	public boolean accepts(BigDecimal value) {
		return value.abs().compareTo(LARGEST) <= 0 && (this.minimum == null || value.compareTo(this.minimum) >= 0)
				&& (this.maximum == null || value.compareTo(this.maximum) <= 0);
	}

	/** The message code of a value this unit refuses. */
	String refusal() {
		if (this.maximum != null) {
			return "okr.value.percent";
		}
		return (this.minimum != null) ? "okr.value.negative" : "okr.value.absurd";
	}

}
