package org.guildhall.metrics;

/** What a metric's numbers count or measure. */
public enum MetricUnit {

	COUNT(""), PERCENT("%"), MINUTES(" min"), SCORE(""), MONEY("");

	private final String suffix;

	MetricUnit(String suffix) {
		this.suffix = suffix;
	}

	public String suffix() {
		return this.suffix;
	}

}
