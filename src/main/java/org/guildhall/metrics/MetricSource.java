package org.guildhall.metrics;

import java.util.List;

/**
 * What a feature module contributes to the roll-up: its metrics, and the days its members
 * were active. The metrics module owns this interface so that it depends on no feature.
 */
public interface MetricSource {

	List<Metric> metrics();

	/**
	 * Queries returning {@code member_id}, {@code day} and {@code contributed} (true when
	 * the member gave something: wrote, facilitated, mentored) for days from
	 * {@code :activityFromDay} / {@code :activityFromTime} to {@code :toDay} /
	 * {@code :toTime}, with {@code :zone} as in {@link Metric}.
	 */
	default List<String> activity() {
		return List.of();
	}

}
