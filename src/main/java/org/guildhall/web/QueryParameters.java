package org.guildhall.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads query parameters the way every list page wants them: anything missing or
 * malformed becomes "not given" (or the default), never an error page.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * Text with its edges trimmed, control characters dropped and cut to a length, or
	 * null when blank.
	 */
	public static String text(String value, int maxLength) {
		String cleaned = Text.withoutControlCharacters(value);
		if (cleaned == null || cleaned.isBlank()) {
			return null;
		}
		String stripped = cleaned.strip();
		return (stripped.length() > maxLength) ? stripped.substring(0, maxLength) : stripped;
	}

	/** A positive id, or null. */
	public static Long id(String value) {
		long parsed = number(value, 0);
		return (parsed > 0) ? parsed : null;
	}

	/** A whole number, or the fallback. */
	public static long number(String value, long fallback) {
		try {
			return (value != null) ? Long.parseLong(value.strip()) : fallback;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/**
	 * A 1-based page number, at least 1, and small enough that its row offset fits an
	 * int.
	 */
	public static int page(String value, int pageSize) {
		return (int) Math.min(Math.max(number(value, 1), 1), Integer.MAX_VALUE / pageSize);
	}

	/**
	 * One of an enum's constants by name, or null. Looked up rather than left to
	 * {@code Enum.valueOf}, whose exception for a name such as "open" cost every view of
	 * the backlog a stack trace.
	 */
	public static <E extends Enum<E>> E constant(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip();
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/** An ISO date such as 2026-11-26, or null. */
	public static LocalDate date(String value) {
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
