package org.guildhall.okr;

/**
 * How a key result is scored: moving a value towards a target in either direction,
 * holding a guardrail, or reaching a milestone.
 */
enum KeyResultKind {

	INCREASE_TO("Increase to"), DECREASE_TO("Decrease to"), STAY_ABOVE("Stay above"), STAY_BELOW("Stay below"),
	MILESTONE("Milestone");

	private final String label;

	KeyResultKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isMilestone() {
		return this == MILESTONE;
	}

	/** Kinds whose score moves between a baseline and a target. */
	public boolean isProgress() {
		return this == INCREASE_TO || this == DECREASE_TO;
	}

}
