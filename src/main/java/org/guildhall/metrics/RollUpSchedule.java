package org.guildhall.metrics;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The nightly roll-up. It catches up every day missed since the last complete one, so a
 * night the service was down is filled in the next time it runs.
 */
@Component
class RollUpSchedule implements SchedulingConfigurer {

	private final RollUp rollUp;

	private final MetricsSettings settings;

	RollUpSchedule(RollUp rollUp, MetricsSettings settings) {
		this.rollUp = rollUp;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addTriggerTask(this::rollUpMissedDays,
				new CronTrigger(this.settings.rollUpCron(), this.settings.timeZone()));
	}

	void rollUpMissedDays() {
		this.rollUp.catchUp(RollUpTrigger.SCHEDULE, null, false);
	}

}
