package org.guildhall.member;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A member's skills as a form: one row per skill in the catalogue, with the level held
 * (none, or 1 to 5) and whether they want to learn it.
 */
class SkillsForm {

	private Long version;

	@Valid
	private List<Row> rows = new ArrayList<>();

	SkillsForm() {
	}

	SkillsForm(Long version, List<Row> rows) {
		this.version = version;
		this.rows = new ArrayList<>(rows);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One skill of the catalogue, as held and wanted. */
	public static class Row {

		@NotNull
		private Long skillId;

		private String skillName;

		@Min(1)
		@Max(5)
		private Integer level;

		private boolean learning;

		public Row() {
		}

		Row(Long skillId, String skillName, Integer level, boolean learning) {
			this.skillId = skillId;
			this.skillName = skillName;
			this.level = level;
			this.learning = learning;
		}

		public Long getSkillId() {
			return this.skillId;
		}

		public void setSkillId(Long skillId) {
			this.skillId = skillId;
		}

		public String getSkillName() {
			return this.skillName;
		}

		public void setSkillName(String skillName) {
			this.skillName = skillName;
		}

		public Integer getLevel() {
			return this.level;
		}

		public void setLevel(Integer level) {
			this.level = level;
		}

		public boolean isLearning() {
			return this.learning;
		}

		public void setLearning(boolean learning) {
			this.learning = learning;
		}

	}

}
