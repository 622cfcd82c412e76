package org.guildhall.metrics;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Catches up on start, right after the demo data loads: an instance that was down at
 * night fills the missed days at once instead of waiting for the next night.
 */
@Component
@ConditionalOnBooleanProperty(name = "guildhall.metrics.catch-up-on-start", matchIfMissing = true)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RollUpOnStart implements ApplicationRunner {

	private final RollUp rollUp;

	RollUpOnStart(RollUp rollUp) {
		this.rollUp = rollUp;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		this.rollUp.catchUp(RollUpTrigger.SCHEDULE, null, true);
	}

}
