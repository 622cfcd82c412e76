package org.guildhall.league;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Once a day, flags active pairings that ran past their planned end, so that hero and
 * sidekick close them or agree on more time. One idempotent statement: several instances
 * running it at once do no harm.
 */
@Component
@EnableConfigurationProperties(LeagueSettings.class)
class PairingSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(PairingSchedule.class);

	private final PairingService pairings;

	private final LeagueSettings settings;

	PairingSchedule(PairingService pairings, LeagueSettings settings) {
		this.pairings = pairings;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addCronTask(this::flagOverdue, this.settings.overdueCron());
	}

	void flagOverdue() {
		int flagged = this.pairings.flagOverdue();
		if (flagged > 0) {
			log.info("Flagged {} pairing(s) past their planned end", flagged);
		}
	}

}
