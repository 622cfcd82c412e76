package org.guildhall.okr;

/**
 * How a key result is scored: moving a value towards a target in either direction,
 * holding a guardrail, or reaching a milestone.
 */
public enum KeyResultKind {

	INCREASE_TO("Increase to", "up"), DECREASE_TO("Decrease to", "down"), STAY_ABOVE("Stay above", "guardrail"),
	STAY_BELOW("Stay below", "guardrail"), MILESTONE("Milestone", "done or not");

	private final String label;

	private final String direction;

	KeyResultKind(String label, String direction) {
		this.label = label;
		this.direction = direction;
	}

	public String label() {
		return this.label;
	}

	public String direction() {
		return this.direction;
	}

	public boolean isGuardrail() {
		return this == STAY_ABOVE || this == STAY_BELOW;
	}

	public boolean isMilestone() {
		return this == MILESTONE;
	}

	/** Kinds whose score moves between a baseline and a target. */
	public boolean isProgress() {
		return this == INCREASE_TO || this == DECREASE_TO;
	}

}
