package org.guildhall.league;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, flags active pairings that ran past their planned end, so that hero and
 * sidekick close them or agree on more time. One idempotent statement: several instances
 * running it at once do no harm.
 */
@Component
class PairingSchedule {

	private static final Logger log = LoggerFactory.getLogger(PairingSchedule.class);

	private final PairingService pairings;

	PairingSchedule(PairingService pairings) {
		this.pairings = pairings;
	}

	@Scheduled(cron = "${guildhall.league.overdue-cron:0 15 3 * * *}")
	void flagOverdue() {
		int flagged = this.pairings.flagOverdue();
		if (flagged > 0) {
			log.info("Flagged {} pairing(s) past their planned end", flagged);
		}
	}

}
