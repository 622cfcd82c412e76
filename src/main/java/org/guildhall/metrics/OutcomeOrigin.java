package org.guildhall.metrics;

/** How an outcome measure reached Guildhall. */
enum OutcomeOrigin {

	MANUAL, CSV, API

}
