package org.guildhall.okr;

import org.guildhall.metrics.MetricsRolledUp;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After each roll-up, the key results that follow a metric take its new value. */
@Component
class OkrMetricsListener {

	private final MetricFollowing following;

	OkrMetricsListener(MetricFollowing following) {
		this.following = following;
	}

	@ApplicationModuleListener
	void on(MetricsRolledUp event) {
		this.following.followAll();
	}

}
