package org.guildhall.experiment;

/**
 * What an experiment tries: a chaos experiment, a new practice, a tool or a process.
 */
public enum ExperimentKind {

	CHAOS_EXPERIMENT("Chaos experiment"), NEW_PRACTICE("New practice"), TOOLING("Tooling"), PROCESS("Process");

	private final String label;

	ExperimentKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
