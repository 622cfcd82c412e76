package org.guildhall.okr;

/**
 * Something tried to change a closed period or what belongs to it.
 */
class PeriodClosedException extends RuntimeException {

	public PeriodClosedException(String period) {
		super(period + " is closed");
	}

}
