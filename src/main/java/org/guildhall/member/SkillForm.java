package org.guildhall.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A skill of the catalogue as a form (a class, like {@link MemberForm}, so that a
 * tampered hidden number still redisplays what was typed).
 */
class SkillForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 60)
	private String name;

	@Size(max = 300)
	private String description;

	static SkillForm from(Skill skill) {
		SkillForm form = new SkillForm();
		form.id = skill.getId();
		form.version = skill.getVersion();
		form.name = skill.getName();
		form.description = skill.getDescription();
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
