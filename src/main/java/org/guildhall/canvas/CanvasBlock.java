package org.guildhall.canvas;

/**
 * The ten blocks of the canvas, in the order the page shows them.
 */
enum CanvasBlock {

	PURPOSE("Purpose", "Why the community exists."), AUDIENCE("Audience", "Who it is for."),
	VALUES("Values", "What members hold to: sharing knowledge, experimentation, collaboration, outcomes."),
	GOAL("Goal", "The OKRs, aligned to transformation and business goals."),
	EXPECTATIONS("Expectations", "What members expect; experience is reality measured against expectation."),
	ROLES("Roles", "Lead, core team, members, heroes and sidekicks."),
	RULES("Rules", "Schedule, participation, core-team agreements."),
	GOVERNANCE("Governance", "How the backlog is prioritised, OKRs updated, learning chosen, decisions made."),
	COMMUNICATION("Communication", "Channels: chat, internal social network, mailing lists."),
	METRICS("Metrics", "How the community shows its impact.");

	private final String label;

	private final String hint;

	CanvasBlock(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return this.label;
	}

	public String hint() {
		return this.hint;
	}

	/** The form field and the CSS anchor of the block, such as {@code governance}. */
	public String key() {
		return name().toLowerCase();
	}

}
