package org.guildhall.league;

import org.guildhall.web.RuleViolationException;

/**
 * Something the league does not allow right now, such as approving a pairing one takes
 * part in, or a hero past their capacity; pages explain it with the message of this code.
 */
class LeagueRuleException extends RuleViolationException {

	LeagueRuleException(String code) {
		super("pairing", code);
	}

	LeagueRuleException(String field, String code) {
		super(field, code);
	}

}
