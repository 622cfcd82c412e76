package org.guildhall.league;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check-in or the closing of a pairing: what happened, and (for the hero) a skill of
 * the sidekick's that grew, with a note.
 */
class CheckInForm {

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate metOn;

	@NotBlank
	@Size(max = 2000)
	private String text;

	@Size(max = 1000)
	private String nextStep;

	private Long raiseSkillId;

	@Min(1)
	@Max(5)
	private Integer raiseToLevel;

	@Size(max = 500)
	private String raiseNote;

	static CheckInForm on(LocalDate today) {
		CheckInForm form = new CheckInForm();
		form.metOn = today;
		return form;
	}

	boolean raisesASkill() {
		return this.raiseSkillId != null;
	}

	public LocalDate getMetOn() {
		return this.metOn;
	}

	public void setMetOn(LocalDate metOn) {
		this.metOn = metOn;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public Long getRaiseSkillId() {
		return this.raiseSkillId;
	}

	public void setRaiseSkillId(Long raiseSkillId) {
		this.raiseSkillId = raiseSkillId;
	}

	public Integer getRaiseToLevel() {
		return this.raiseToLevel;
	}

	public void setRaiseToLevel(Integer raiseToLevel) {
		this.raiseToLevel = raiseToLevel;
	}

	public String getRaiseNote() {
		return this.raiseNote;
	}

	public void setRaiseNote(String raiseNote) {
		this.raiseNote = raiseNote;
	}

}
