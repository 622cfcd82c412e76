package org.guildhall.survey;

import org.guildhall.member.ActingAs;
import org.guildhall.member.MemberPrincipal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Opens survey rounds and answers them for tests through the service the pages use.
 */
@Component
public class SurveyFixtures {

	private final SurveyService surveys;

	private final JdbcTemplate jdbc;

	SurveyFixtures(SurveyService surveys, JdbcTemplate jdbc) {
		this.surveys = surveys;
		this.jdbc = jdbc;
	}

	/** A new open round; whatever round was open is closed first, as only one may be. */
	public Long openRound(MemberPrincipal lead, String title) {
		this.jdbc.update("update survey_rounds set closed_at = now() where closed_at is null");
		RoundForm form = new RoundForm();
		form.setTitle(title);
		return ActingAs.member(lead, () -> this.surveys.open(lead, form)).getId();
	}

	public Long answer(MemberPrincipal member, Long roundId, String expectations) {
		AnswerForm form = new AnswerForm();
		form.setExpectations(expectations);
		return this.surveys.answer(member, roundId, form).getId();
	}

}
