package org.guildhall.league;

import java.util.List;

/**
 * The pairings of one list that a page shows, and how many the list holds: a hero of many
 * sidekicks or a long waiting list costs a page no more than a short one.
 *
 * @param shown at most {@link #SHOWN} pairings
 * @param total how many the list holds
 */
record PairingList(List<Pairing> shown, long total) {

	static final int SHOWN = 20;

	public boolean isEmpty() {
		return this.shown.isEmpty();
	}

	/** Whether the list holds more than it shows. */
	public boolean more() {
		return this.total > this.shown.size();
	}

}
