package org.guildhall.metrics;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** An outcome measure as another system sends it. */
@Schema(description = "One outcome measure for a business unit and/or a service over a period. "
		+ "Sending the same measure, unit, service and period again replaces the value.")
record OutcomeRequest(
		@Schema(description = "AVAILABILITY, INCIDENTS, TIME_TO_RESTORE, TURNOVER, DEVEX_NPS or COST_SAVINGS",
				example = "AVAILABILITY", requiredMode = Schema.RequiredMode.REQUIRED) String measure,
		@Schema(description = "Business unit; a business unit, a service or both",
				example = "Payments") String businessUnit,
		@Schema(description = "Service", example = "checkout-api") String service,
		@Schema(description = "First day of the period", example = "2026-10-01",
				requiredMode = Schema.RequiredMode.REQUIRED) String periodStart,
		@Schema(description = "Last day of the period", example = "2026-10-31",
				requiredMode = Schema.RequiredMode.REQUIRED) String periodEnd,
		@Schema(description = "Availability and turnover in %, time to restore in minutes, incidents as a count, "
				+ "NPS from -100 to 100, savings in money", example = "99.95",
				requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value) {
}
