package org.guildhall.okr;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in as a form: the new value (or, for a milestone, whether it is done), the
 * owner's confidence and a short note.
 */
class CheckInForm {

	private BigDecimal value;

	private boolean done;

	@NotNull
	private Confidence confidence = Confidence.ON_TRACK;

	@Size(max = 500)
	private String note;

	static CheckInForm startingFrom(KeyResult keyResult) {
		CheckInForm form = new CheckInForm();
		form.value = keyResult.getCurrentValue().stripTrailingZeros();
		form.done = keyResult.getKind().isMilestone() && keyResult.score().value() == 1;
		return form;
	}

	/** The value to record: the number typed, or 1 / 0 for a milestone done or not. */
	BigDecimal valueFor(KeyResult keyResult) {
		if (keyResult.getKind().isMilestone()) {
			return this.done ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		return this.value;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public boolean isDone() {
		return this.done;
	}

	public void setDone(boolean done) {
		this.done = done;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public void setConfidence(Confidence confidence) {
		this.confidence = confidence;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
