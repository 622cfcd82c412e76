package org.guildhall.web;

import org.springframework.validation.BindingResult;

/**
 * A business rule that a form broke, reported next to the field that broke it (the
 * message code resolves from {@code messages.properties}).
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String code;

	public RuleViolationException(String field, String code) {
		super(code + " on " + field);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	/**
	 * Reports the broken rule on the form: next to its field when the form has one of
	 * that name, else at the top of the form (a rule about the whole record, such as a
	 * pairing that is no longer running).
	 */
	public void rejectIn(BindingResult result) {
		if (result.getTarget() != null && result.getFieldType(this.field) != null) {
			result.rejectValue(this.field, this.code);
		}
		else {
			result.reject(this.code);
		}
	}

}
