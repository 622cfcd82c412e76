package org.guildhall.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closing a period: for each objective, the lead's grade (the score, unless they judge
 * otherwise) and a short retrospective.
 */
class ClosePeriodForm {

	private Long version;

	@Valid
	private List<Retrospective> objectives = new ArrayList<>();

	static ClosePeriodForm of(OkrPeriod period, List<Objective> objectives) {
		ClosePeriodForm form = new ClosePeriodForm();
		form.version = period.getVersion();
		objectives.forEach((objective) -> {
			Retrospective retrospective = new Retrospective();
			retrospective.objectiveId = objective.getId();
			retrospective.title = objective.getTitle();
			retrospective.grade = BigDecimal.valueOf(objective.score().value()).setScale(2, RoundingMode.HALF_UP);
			form.objectives.add(retrospective);
		});
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Retrospective> getObjectives() {
		return this.objectives;
	}

	public void setObjectives(List<Retrospective> objectives) {
		this.objectives = objectives;
	}

	/** One objective's grade and retrospective. */
	public static class Retrospective {

		@NotNull
		private Long objectiveId;

		private String title;

		@NotNull
		@DecimalMin("0")
		@DecimalMax("1")
		private BigDecimal grade;

		@Size(max = 1000)
		private String wentWell;

		@Size(max = 1000)
		private String didNotGoWell;

		@Size(max = 1000)
		private String whatNext;

		public Long getObjectiveId() {
			return this.objectiveId;
		}

		public void setObjectiveId(Long objectiveId) {
			this.objectiveId = objectiveId;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public BigDecimal getGrade() {
			return this.grade;
		}

		public void setGrade(BigDecimal grade) {
			this.grade = grade;
		}

		public String getWentWell() {
			return this.wentWell;
		}

		public void setWentWell(String wentWell) {
			this.wentWell = wentWell;
		}

		public String getDidNotGoWell() {
			return this.didNotGoWell;
		}

		public void setDidNotGoWell(String didNotGoWell) {
			this.didNotGoWell = didNotGoWell;
		}

		public String getWhatNext() {
			return this.whatNext;
		}

		public void setWhatNext(String whatNext) {
			this.whatNext = whatNext;
		}

	}

}
