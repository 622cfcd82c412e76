package org.guildhall.metrics;

/** How days are grouped on a chart. */
enum Bucket {

	DAY("day", "Daily"), WEEK("week", "Weekly"), MONTH("month", "Monthly");

	private final String truncation;

	private final String label;

	Bucket(String truncation, String label) {
		this.truncation = truncation;
		this.label = label;
	}

	/** The unit PostgreSQL's {@code date_trunc} takes; one of three constants. */
	String truncation() {
		return this.truncation;
	}

	public String label() {
		return this.label;
	}

}
