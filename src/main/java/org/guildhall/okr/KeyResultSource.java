package org.guildhall.okr;

/**
 * Where a key result's value comes from: people checking in, or a community metric that
 * the metrics roll-up follows by its key. A manual check-in on a metric-bound key result
 * overrides it and is kept in the history like any other.
 */
enum KeyResultSource {

	MANUAL, METRIC

}
