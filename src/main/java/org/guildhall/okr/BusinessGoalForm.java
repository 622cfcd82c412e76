package org.guildhall.okr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A business goal as a form.
 */
class BusinessGoalForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 60)
	private String name;

	@Size(max = 300)
	private String description;

	static BusinessGoalForm from(BusinessGoal goal) {
		BusinessGoalForm form = new BusinessGoalForm();
		form.id = goal.getId();
		form.version = goal.getVersion();
		form.name = goal.getName();
		form.description = goal.getDescription();
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
