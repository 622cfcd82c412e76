package org.guildhall.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.validation.Errors;

/** The days a lead rolls up again. */
class BackfillForm {

	/** A backfill covers at most three years. */
	static final long LONGEST = 3 * 366;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	static BackfillForm of(LocalDate from, LocalDate to) {
		BackfillForm form = new BackfillForm();
		form.from = from;
		form.to = to;
		return form;
	}

	/** The range must run forwards, end by today and stay within three years. */
	void check(LocalDate today, Errors errors) {
		if (this.from == null || this.to == null) {
			return;
		}
		if (this.to.isAfter(today)) {
			errors.rejectValue("to", "metrics.backfill.future");
		}
		else if (this.to.isBefore(this.from)) {
			errors.rejectValue("to", "metrics.backfill.order");
		}
		else if (ChronoUnit.DAYS.between(this.from, this.to) >= LONGEST) {
			errors.rejectValue("from", "metrics.backfill.long");
		}
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
