package org.guildhall.metrics;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly roll-up. It catches up every day missed since the last complete one, so a
 * night the service was down is filled in the next time it runs.
 */
@Component
class RollUpSchedule {

	private final RollUp rollUp;

	RollUpSchedule(RollUp rollUp) {
		this.rollUp = rollUp;
	}

	@Scheduled(cron = "${guildhall.metrics.roll-up-cron:0 30 1 * * *}", zone = "${guildhall.metrics.time-zone:UTC}")
	void rollUpMissedDays() {
		this.rollUp.catchUp(RollUpTrigger.SCHEDULE, null, false);
	}

}
