package org.guildhall.experiment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The evidence for moving an experiment up one rung: its result at the current rung and a
 * note on what showed it.
 */
class PromotionForm {

	@NotNull
	private Outcome result;

	@NotBlank
	@Size(max = 2000)
	private String evidence;

	public Outcome getResult() {
		return this.result;
	}

	public void setResult(Outcome result) {
		this.result = result;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

}
