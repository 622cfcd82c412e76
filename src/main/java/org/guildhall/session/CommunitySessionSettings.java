package org.guildhall.session;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sessions module's settings ({@code guildhall.sessions.*}).
 *
 * @param npsRefreshInterval how often the NPS figures take in answers given on other
 * instances (answers given here refresh them at once)
 */
@ConfigurationProperties("guildhall.sessions")
@Validated
record CommunitySessionSettings(@DefaultValue("PT5M") @NotNull Duration npsRefreshInterval) {
}
