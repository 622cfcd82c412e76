package org.guildhall.session;

/**
 * How a session runs. Members asked for hands-on work and real experiences, so most
 * formats are about doing rather than listening.
 */
public enum SessionFormat {

	WORKSHOP("Workshop"), HACKATHON("Hackathon"), GAME_DAY("Game day"), TRAINING("Training"), TALK("Talk"),
	SHOW_AND_TELL("Show and tell");

	private final String label;

	SessionFormat(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
