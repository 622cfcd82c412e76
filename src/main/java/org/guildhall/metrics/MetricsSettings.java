package org.guildhall.metrics;

import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the metrics roll up ({@code guildhall.metrics.*}).
 *
 * @param timeZone the zone the community's days are counted in, by the roll-up and by
 * every page that filters by those days
 * @param historyDays how far back a catch-up after downtime goes
 * @param rollUpCron when the nightly roll-up runs, in that zone
 */
@ConfigurationProperties("guildhall.metrics")
@Validated
public record MetricsSettings(@DefaultValue("UTC") @NotNull ZoneId timeZone,
		@DefaultValue("365") @Min(1) @Max(3650) int historyDays,
		@DefaultValue("0 30 1 * * *") @NotBlank String rollUpCron) {
}
