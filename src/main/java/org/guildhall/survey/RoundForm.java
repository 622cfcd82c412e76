package org.guildhall.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new survey round: its title and a few words to members.
 */
class RoundForm {

	@NotBlank
	@Size(max = 150)
	private String title;

	@Size(max = 1000)
	private String introduction;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

}
