package org.guildhall.session;

import org.guildhall.web.RuleViolationException;

/**
 * Something a session does not allow right now, such as signing up once it started; the
 * page explains it with the message of this code.
 */
class SessionRuleException extends RuleViolationException {

	SessionRuleException(String code) {
		super("session", code);
	}

}
