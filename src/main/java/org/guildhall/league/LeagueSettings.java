package org.guildhall.league;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The league's settings ({@code guildhall.league.*}).
 *
 * @param overdueCron when the daily check for pairings past their planned end runs
 */
@ConfigurationProperties("guildhall.league")
@Validated
record LeagueSettings(@DefaultValue("0 15 3 * * *") @NotBlank String overdueCron) {
}
