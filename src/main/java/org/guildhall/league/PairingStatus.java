package org.guildhall.league;

/**
 * Where a pairing stands: asked for, running, or over (completed, ended early, declined).
 */
enum PairingStatus {

	REQUESTED("Requested"), ACTIVE("Active"), COMPLETED("Completed"), ENDED_EARLY("Ended early"), DECLINED("Declined");

	private final String label;

	PairingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
