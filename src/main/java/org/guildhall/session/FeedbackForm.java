package org.guildhall.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An attendee's answer: how likely they are to recommend the session (0–10), and why.
 */
class FeedbackForm {

	@NotNull
	@Min(0)
	@Max(10)
	private Integer score;

	@Size(max = 2000)
	private String comment;

	static FeedbackForm from(SessionFeedback feedback) {
		FeedbackForm form = new FeedbackForm();
		if (feedback != null) {
			form.score = feedback.getScore();
			form.comment = feedback.getComment();
		}
		return form;
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
