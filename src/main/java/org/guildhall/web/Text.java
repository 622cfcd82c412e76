package org.guildhall.web;

/**
 * Control characters (NUL and the like, but not tabs and line breaks) have no place in
 * anything a person types, and PostgreSQL refuses NUL outright.
 */
public final class Text {

	private Text() {
	}

	public static boolean hasControlCharacters(String text) {
		return text != null && text.chars().anyMatch(Text::isForbidden);
	}

	/** The text without its control characters; null stays null. */
	public static String withoutControlCharacters(String text) {
		if (!hasControlCharacters(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.chars().filter((c) -> !isForbidden(c)).forEach((c) -> kept.append((char) c));
		return kept.toString();
	}

	private static boolean isForbidden(int c) {
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
	}

	/**
	 * The text with the characters SQL's LIKE treats as wildcards escaped with a
	 * backslash (for {@code like ... escape '\'}).
	 */
	public static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
