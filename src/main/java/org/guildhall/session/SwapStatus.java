package org.guildhall.session;

/**
 * Where a facilitation swap stands.
 */
enum SwapStatus {

	PROPOSED("Waiting for an answer"), ACCEPTED("Accepted"), DECLINED("Declined"), WITHDRAWN("Withdrawn");

	private final String label;

	SwapStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
