package org.guildhall.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How signing in defends itself ({@code guildhall.sign-in.*}).
 *
 * @param requestsPerMinute tries of the sign-in, set-up, sign-in link and password pages
 * per client address and minute, across instances
 * @param concurrentHashes password hashes computed at once at most (each takes 19 MiB)
 * @param throttleCleanupCron when failed sign-in counts nobody added to for a day are
 * forgotten
 */
@ConfigurationProperties("guildhall.sign-in")
@Validated
record SignInSettings(@DefaultValue("30") @Min(1) int requestsPerMinute,
		@DefaultValue("4") @Min(1) @Max(64) int concurrentHashes,
		@DefaultValue("0 17 * * * *") @NotBlank String throttleCleanupCron) {
}
