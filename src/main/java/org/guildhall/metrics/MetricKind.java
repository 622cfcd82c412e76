package org.guildhall.metrics;

/**
 * How a metric's days add up. A flow counts what happened that day, so a day without
 * activity is a zero and days can be summed; a level is a state on that day (members
 * active in the last 30 days, an NPS), so a day without enough data has no value.
 */
public enum MetricKind {

	FLOW, LEVEL

}
