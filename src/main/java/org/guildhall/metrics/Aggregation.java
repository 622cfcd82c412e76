package org.guildhall.metrics;

/** How a key result that follows a metric turns the period's days into one value. */
public enum Aggregation {

	LAST_DAY("Value on the last day"), PERIOD_SUM("Sum over the period"), CHANGE("Change since the period's start");

	private final String label;

	Aggregation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
