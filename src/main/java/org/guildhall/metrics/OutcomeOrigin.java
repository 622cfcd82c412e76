package org.guildhall.metrics;

/** How an outcome measure reached Guildhall. */
public enum OutcomeOrigin {

	MANUAL, CSV, API

}
