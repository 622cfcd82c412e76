package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Size;

/** A lead recording one outcome measure by hand. */
class OutcomeForm {

	@NotNull
	private OutcomeMeasure measure;

	@Size(max = 80)
	private String businessUnit;

	@Size(max = 120)
	private String service;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@NotNull
	private BigDecimal value;

	static OutcomeForm blank(LocalDate today) {
		OutcomeForm form = new OutcomeForm();
		LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
		form.periodStart = lastMonth;
		form.periodEnd = lastMonth.plusMonths(1).minusDays(1);
		return form;
	}

	OutcomeRecord toRecord() {
		return new OutcomeRecord(this.measure, this.businessUnit, this.service, this.periodStart, this.periodEnd,
				this.value);
	}

	public OutcomeMeasure getMeasure() {
		return this.measure;
	}

	public void setMeasure(OutcomeMeasure measure) {
		this.measure = measure;
	}

	public String getBusinessUnit() {
		return this.businessUnit;
	}

	public void setBusinessUnit(String businessUnit) {
		this.businessUnit = businessUnit;
	}

	public String getService() {
		return this.service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

}
