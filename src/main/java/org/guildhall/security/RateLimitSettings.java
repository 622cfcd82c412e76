package org.guildhall.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rate-limit buckets in PostgreSQL ({@code guildhall.rate-limits.*}).
 *
 * @param cleanupInterval how often buckets that have filled up again are forgotten
 */
@ConfigurationProperties("guildhall.rate-limits")
@Validated
record RateLimitSettings(@DefaultValue("PT5M") @NotNull Duration cleanupInterval) {
}
