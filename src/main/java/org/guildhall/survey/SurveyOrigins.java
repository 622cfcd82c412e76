package org.guildhall.survey;

import java.util.Collection;
import java.util.Map;

import org.guildhall.backlog.BacklogItemOrigins;
import org.guildhall.web.Link;

import org.springframework.stereotype.Component;

/**
 * "You said → we did": tells the backlog which items were born from an expectation.
 */
@Component
class SurveyOrigins implements BacklogItemOrigins {

	private final SurveyResults results;

	SurveyOrigins(SurveyResults results) {
		this.results = results;
	}

	@Override
	public Map<Long, Link> originsOf(Collection<Long> backlogItemIds) {
		return this.results.originsOf(backlogItemIds);
	}

}
