package org.guildhall.backlog;

import java.util.List;

/**
 * Where a backlog item stands: an idea, ready to take on, in progress, done, or dropped
 * (with a reason).
 */
public enum BacklogStatus {

	IDEA("Idea"), READY("Ready"), IN_PROGRESS("In progress"), DONE("Done"), DROPPED("Dropped");

	/** The board's columns, in order. */
	public static final List<BacklogStatus> BOARD = List.of(IDEA, READY, IN_PROGRESS, DONE);

	/** Where an item still asks for work: the list shows these unless told otherwise. */
	static final List<BacklogStatus> OPEN = List.of(IDEA, READY, IN_PROGRESS);

	private final String label;

	BacklogStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
