package org.guildhall.survey;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.guildhall.session.SessionFormat;

/**
 * A member's answer: free text, formats and skills; all optional, but not all empty.
 */
class AnswerForm {

	@Size(max = 2000)
	private String expectations;

	@Size(max = 10)
	private List<SessionFormat> formats = new ArrayList<>();

	@Size(max = 10)
	private List<Long> skillIds = new ArrayList<>();

	boolean isEmpty() {
		return (this.expectations == null || this.expectations.isBlank()) && this.formats.isEmpty()
				&& this.skillIds.isEmpty();
	}

	public String getExpectations() {
		return this.expectations;
	}

	public void setExpectations(String expectations) {
		this.expectations = expectations;
	}

	public List<SessionFormat> getFormats() {
		return this.formats;
	}

	public void setFormats(List<SessionFormat> formats) {
		this.formats = (formats != null) ? formats : new ArrayList<>();
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
	}

}
