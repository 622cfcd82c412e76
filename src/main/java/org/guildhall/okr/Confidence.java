package org.guildhall.okr;

/**
 * How sure a key result's owner is that it will be met, kept apart from its progress.
 */
enum Confidence {

	ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track");

	private final String label;

	Confidence(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
