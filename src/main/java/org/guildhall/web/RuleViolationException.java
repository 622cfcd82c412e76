package org.guildhall.web;

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

}
