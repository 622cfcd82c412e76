package org.guildhall.web;

import java.util.Locale;

/**
 * The kinds of things pickers choose, and what their search box says.
 */
public enum PickKind {

	/** Active leads and members: who can own or do something. */
	CONTRIBUTOR("Type a name or an email"),
	/** Anyone who ever was a member, for filters. */
	MEMBER("Type a name or an email"),
	/** Key results of periods still open. */
	KEY_RESULT("Type words of a key result"),
	/** Backlog items that are neither done nor dropped. */
	BACKLOG_ITEM("Type words of a backlog item");

	private final String prompt;

	PickKind(String prompt) {
		this.prompt = prompt;
	}

	public String prompt() {
		return this.prompt;
	}

	/** How the search URL names it: {@code key-result}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static PickKind fromSlug(String slug) {
		for (PickKind kind : values()) {
			if (kind.slug().equals(slug)) {
				return kind;
			}
		}
		return null;
	}

}
