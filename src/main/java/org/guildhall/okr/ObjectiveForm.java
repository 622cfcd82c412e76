package org.guildhall.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An objective and up to five key results as one form: rows left empty are ignored, so
 * the page offers five without JavaScript.
 */
class ObjectiveForm {

	private Long id;

	private Long version;

	@NotNull
	private Long periodId;

	@NotBlank
	@Size(max = 150)
	private String title;

	@Size(max = 1000)
	private String whyItMatters;

	@NotNull
	private Long businessGoalId;

	@NotNull
	private Long ownerId;

	@Valid
	private List<KeyResultRow> keyResults = new ArrayList<>();

	static ObjectiveForm blank(Long periodId) {
		ObjectiveForm form = new ObjectiveForm();
		form.periodId = periodId;
		form.fillRows();
		return form;
	}

	static ObjectiveForm from(Objective objective) {
		ObjectiveForm form = new ObjectiveForm();
		form.id = objective.getId();
		form.version = objective.getVersion();
		form.periodId = objective.getPeriod().getId();
		form.title = objective.getTitle();
		form.whyItMatters = objective.getWhyItMatters();
		form.businessGoalId = objective.getBusinessGoalId();
		form.ownerId = objective.getOwnerId();
		objective.getKeyResults().forEach((keyResult) -> form.keyResults.add(KeyResultRow.from(keyResult)));
		form.fillRows();
		return form;
	}

	/** Offers empty rows up to the most an objective may have. */
	void fillRows() {
		IntStream.range(this.keyResults.size(), Objective.MAX_KEY_RESULTS)
			.forEach((row) -> this.keyResults.add(new KeyResultRow()));
	}

	/** The rows someone filled in, with their index in the form (for error messages). */
	List<Integer> filledRows() {
		return IntStream.range(0, this.keyResults.size())
			.filter((row) -> !this.keyResults.get(row).isBlank())
			.boxed()
			.toList();
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

	public Long getPeriodId() {
		return this.periodId;
	}

	public void setPeriodId(Long periodId) {
		this.periodId = periodId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getWhyItMatters() {
		return this.whyItMatters;
	}

	public void setWhyItMatters(String whyItMatters) {
		this.whyItMatters = whyItMatters;
	}

	public Long getBusinessGoalId() {
		return this.businessGoalId;
	}

	public void setBusinessGoalId(Long businessGoalId) {
		this.businessGoalId = businessGoalId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public List<KeyResultRow> getKeyResults() {
		return this.keyResults;
	}

	public void setKeyResults(List<KeyResultRow> keyResults) {
		this.keyResults = keyResults;
	}

	/** One key result of the form. */
	public static class KeyResultRow {

		private Long id;

		private Long version;

		@Size(max = 150)
		private String title;

		private KeyResultKind kind;

		private Unit unit;

		private BigDecimal baseline;

		private BigDecimal target;

		@DecimalMin("0.01")
		@DecimalMax("100")
		private BigDecimal weight = BigDecimal.ONE;

		private Long ownerId;

		static KeyResultRow from(KeyResult keyResult) {
			KeyResultRow row = new KeyResultRow();
			row.id = keyResult.getId();
			row.version = keyResult.getVersion();
			row.title = keyResult.getTitle();
			row.kind = keyResult.getKind();
			row.unit = keyResult.getUnit();
			row.baseline = keyResult.getBaseline().stripTrailingZeros();
			row.target = keyResult.getTarget().stripTrailingZeros();
			row.weight = keyResult.getWeight().stripTrailingZeros();
			row.ownerId = keyResult.getOwnerId();
			return row;
		}

		boolean isBlank() {
			return (this.title == null || this.title.isBlank()) && this.baseline == null && this.target == null;
		}

		KeyResult.Definition definition() {
			return new KeyResult.Definition(this.title, this.kind, this.unit, this.baseline, this.target, this.weight,
					this.ownerId);
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

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public KeyResultKind getKind() {
			return this.kind;
		}

		public void setKind(KeyResultKind kind) {
			this.kind = kind;
		}

		public Unit getUnit() {
			return this.unit;
		}

		public void setUnit(Unit unit) {
			this.unit = unit;
		}

		public BigDecimal getBaseline() {
			return this.baseline;
		}

		public void setBaseline(BigDecimal baseline) {
			this.baseline = baseline;
		}

		public BigDecimal getTarget() {
			return this.target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public BigDecimal getWeight() {
			return this.weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

		public Long getOwnerId() {
			return this.ownerId;
		}

		public void setOwnerId(Long ownerId) {
			this.ownerId = ownerId;
		}

	}

}
