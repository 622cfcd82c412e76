package org.guildhall.experiment;

import org.guildhall.web.RuleViolationException;

/**
 * A transition an experiment refuses: concluding without an outcome, promoting without
 * evidence or past the top rung, starting what is not planned.
 */
class ExperimentRuleException extends RuleViolationException {

	ExperimentRuleException(String field, String code) {
		super(field, code);
	}

}
