package org.guildhall.okr;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An OKR period as a form.
 */
class PeriodForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 40)
	private String name;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	/** The quarter after the latest period, or the one containing today. */
	static PeriodForm suggested(LocalDate startsOn) {
		PeriodForm form = new PeriodForm();
		form.startsOn = startsOn;
		form.endsOn = startsOn.plusMonths(3).minusDays(1);
		form.name = startsOn.getYear() + " Q" + ((startsOn.getMonthValue() - 1) / 3 + 1);
		return form;
	}

	static PeriodForm from(OkrPeriod period) {
		PeriodForm form = new PeriodForm();
		form.id = period.getId();
		form.version = period.getVersion();
		form.name = period.getName();
		form.startsOn = period.getStartsOn();
		form.endsOn = period.getEndsOn();
		return form;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
