package org.guildhall.experiment;

/** Which of an experiment's days the list's date range filters on. */
enum ExperimentDates {

	STARTED("Started"), LOGGED("Logged"), CONCLUDED("Concluded");

	private final String label;

	ExperimentDates(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
