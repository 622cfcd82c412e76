package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One outcome measure for a business unit and/or a service over a period, as the form, a
 * CSV row or the API gives it.
 */
record OutcomeRecord(OutcomeMeasure measure, String businessUnit, String service, LocalDate periodStart,
		LocalDate periodEnd, BigDecimal value) {

	/**
	 * Largest magnitude a value may have: the column keeps 14 digits before the point.
	 */
	static final BigDecimal LIMIT = new BigDecimal("1e14");

	public OutcomeRecord {
		businessUnit = blankToNull(businessUnit);
		service = blankToNull(service);
	}

	/**
	 * What is wrong with it, field by field, as message codes; empty when it can be
	 * recorded.
	 */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.measure == null) {
			problems.put("measure", "outcome.measure.missing");
		}
		if (this.businessUnit == null && this.service == null) {
			problems.put("businessUnit", "outcome.where.missing");
		}
		if (this.businessUnit != null && this.businessUnit.length() > 80) {
			problems.put("businessUnit", "outcome.businessUnit.long");
		}
		if (this.service != null && this.service.length() > 120) {
			problems.put("service", "outcome.service.long");
		}
		if (this.periodStart == null) {
			problems.put("periodStart", "outcome.periodStart.missing");
		}
		if (this.periodEnd == null) {
			problems.put("periodEnd", "outcome.periodEnd.missing");
		}
		else if (this.periodStart != null && this.periodEnd.isBefore(this.periodStart)) {
			problems.put("periodEnd", "outcome.period.order");
		}
		if (this.value == null) {
			problems.put("value", "outcome.value.missing");
		}
		else if (this.value.abs().compareTo(LIMIT) >= 0
				|| (this.measure != null && !this.measure.accepts(this.value))) {
			problems.put("value", "outcome.value.range");
		}
		return problems;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
