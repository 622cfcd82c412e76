package org.guildhall.member;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The demo community's people, named once: the three accounts anyone may sign in with,
 * the password the demo publishes, and the e-mail every other demo person gets from their
 * name.
 */
public final class DemoPeople {

	public static final String PASSWORD = "guildhall-demo";

	public static final String LEAD = "lead@example.com";

	public static final String MEMBER = "member@example.com";

	public static final String MANAGER = "manager@example.com";

	private DemoPeople() {
	}

	/** "Katarzyna Zielińska" signs in as katarzyna.zielinska@example.com. */
	public static String email(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace(' ', '.') + "@example.com";
	}

}
