package org.guildhall.experiment;

/**
 * What a concluded experiment found about its hypothesis. A refuted hypothesis with a
 * lesson is as valuable to the community as a confirmed one.
 */
public enum Outcome {

	CONFIRMED("Confirmed"), REFUTED("Refuted"), INCONCLUSIVE("Inconclusive");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
