package org.guildhall.security;

import java.time.Duration;
import java.util.OptionalLong;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL (Bucket4j's JDBC proxy), so that every instance draws
 * from the same bucket: a client gets the limit once, not once per instance. Each bucket
 * fills up again once a minute; a client that emptied it is told how many seconds to
 * wait.
 */
@Component
class RateLimits implements SchedulingConfigurer {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final RateLimitSettings settings;

	RateLimits(DataSource dataSource, RateLimitSettings settings) {
		this.settings = settings;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/**
	 * Takes one request from the bucket of this key, which holds this many a minute.
	 * Empty when the request may go on, else the seconds to wait before the next one.
	 */
	OptionalLong secondsToWait(String key, int perMinute) {
		ConsumptionProbe probe = this.buckets.builder()
			.build(key,
					() -> BucketConfiguration.builder()
						.addLimit(
								(limit) -> limit.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
						.build())
			.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
	}

	/** Buckets that have filled up again are the same as no bucket: forget them. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::forgetFullBuckets, this.settings.cleanupInterval());
	}

	void forgetFullBuckets() {
		int removed;
		do {
			removed = this.buckets.removeExpired(1000);
		}
		while (removed == 1000);
	}

}
