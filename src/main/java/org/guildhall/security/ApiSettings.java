package org.guildhall.security;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the REST API ({@code guildhall.api.*}).
 *
 * @param requestsPerMinute requests one API token may make per minute, across instances
 */
@ConfigurationProperties("guildhall.api")
@Validated
record ApiSettings(@DefaultValue("60") @Min(1) int requestsPerMinute) {
}
