package org.guildhall.okr;

/**
 * Reads the {@code period} query parameter: an id, or anything else, which means "the
 * default period".
 */
final class Periods {

	private Periods() {
	}

	static Long requested(String parameter) {
		try {
			return (parameter != null) ? Long.valueOf(parameter.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
