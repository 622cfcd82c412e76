package org.guildhall.share;

/**
 * What a knowledge share is: real failures and real victories, as members asked for.
 */
enum ShareKind {

	FAILURE_STORY("Failure story"), SUCCESS_STORY("Success story"), POSTMORTEM("Postmortem"), HOW_TO("How-to"),
	TALK("Talk");

	private final String label;

	ShareKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
