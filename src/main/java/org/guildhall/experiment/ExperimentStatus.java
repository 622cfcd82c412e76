package org.guildhall.experiment;

/**
 * Where an experiment stands: planned, running, or concluded with an outcome.
 */
public enum ExperimentStatus {

	PLANNED("Planned"), RUNNING("Running"), CONCLUDED("Concluded");

	private final String label;

	ExperimentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
