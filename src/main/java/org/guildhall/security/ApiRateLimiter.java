package org.guildhall.security;

import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/**
 * A token bucket per API token, shared by every instance: a steady client never waits, a
 * runaway one gets 429 with the seconds to wait.
 */
@Component
class ApiRateLimiter {

	private final RateLimits limits;

	private final int perMinute;

	ApiRateLimiter(RateLimits limits, ApiSettings settings) {
		this.limits = limits;
		this.perMinute = settings.requestsPerMinute();
	}

	/** Empty when the request may go on, else the seconds to wait before the next one. */
	OptionalLong secondsToWait(Long tokenId) {
		return this.limits.secondsToWait("api-token:" + tokenId, this.perMinute);
	}

	int perMinute() {
		return this.perMinute;
	}

}
