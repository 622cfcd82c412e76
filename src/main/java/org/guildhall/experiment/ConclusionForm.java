package org.guildhall.experiment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Concluding an experiment: its outcome, the lesson (what we conclude) and what to try
 * next.
 */
class ConclusionForm {

	private Long version;

	@NotNull
	private Outcome outcome;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@Size(max = 10000)
	private String abstractConceptualisation;

	@Size(max = 10000)
	private String activeExperimentation;

	static ConclusionForm startingFrom(Experiment experiment, LocalDate today) {
		ConclusionForm form = new ConclusionForm();
		form.version = experiment.getVersion();
		form.endedOn = (experiment.getEndedOn() != null) ? experiment.getEndedOn() : today;
		form.abstractConceptualisation = experiment.getAbstractConceptualisation();
		form.activeExperimentation = experiment.getActiveExperimentation();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public String getAbstractConceptualisation() {
		return this.abstractConceptualisation;
	}

	public void setAbstractConceptualisation(String abstractConceptualisation) {
		this.abstractConceptualisation = abstractConceptualisation;
	}

	public String getActiveExperimentation() {
		return this.activeExperimentation;
	}

	public void setActiveExperimentation(String activeExperimentation) {
		this.activeExperimentation = activeExperimentation;
	}

}
