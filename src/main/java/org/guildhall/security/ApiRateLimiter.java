package org.guildhall.security;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API token: a steady client never waits, a runaway one gets 429 with
 * the seconds to wait. Buckets live in this instance's memory, so with several instances
 * a client may send up to that many times the limit.
 */
@Component
class ApiRateLimiter {

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	private final int perMinute;

	ApiRateLimiter(@Value("${guildhall.api.requests-per-minute:60}") int perMinute) {
		this.perMinute = perMinute;
	}

	/** Empty when the request may go on, else the seconds to wait before the next one. */
	OptionalLong secondsToWait(Long tokenId) {
		Bucket bucket = this.buckets.computeIfAbsent(tokenId,
				(id) -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.perMinute)
						.refillGreedy(this.perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
	}

	int perMinute() {
		return this.perMinute;
	}

}
