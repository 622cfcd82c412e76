package org.guildhall.metrics;

/** What started a roll-up. */
public enum RollUpTrigger {

	SCHEDULE, LEAD, BACKFILL

}
