package org.guildhall.backlog;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A backlog item as a form. Only a lead chooses another owner; everyone else owns what
 * they raise.
 */
class BacklogItemForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 150)
	private String title;

	@Size(max = 5000)
	private String description;

	@NotNull
	private BacklogItemType type;

	private Long ownerId;

	private Long keyResultId;

	@Size(max = 10)
	private List<Long> skillIds = new ArrayList<>();

	static BacklogItemForm from(BacklogItem item) {
		BacklogItemForm form = new BacklogItemForm();
		form.id = item.getId();
		form.version = item.getVersion();
		form.title = item.getTitle();
		form.description = item.getDescription();
		form.type = item.getType();
		form.ownerId = item.getOwnerId();
		form.keyResultId = item.getKeyResultId();
		form.skillIds = new ArrayList<>(item.getSkillIds());
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BacklogItemType getType() {
		return this.type;
	}

	public void setType(BacklogItemType type) {
		this.type = type;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public void setKeyResultId(Long keyResultId) {
		this.keyResultId = keyResultId;
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
	}

}
