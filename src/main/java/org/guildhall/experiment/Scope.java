package org.guildhall.experiment;

import java.util.Optional;

/**
 * The scope ladder: try something in a small context first, and scale it up one rung at a
 * time when it works.
 */
public enum Scope {

	SANDBOX("Sandbox"), TEAM("Team"), BUSINESS_UNIT("Business unit"), ENTERPRISE("Enterprise");

	private final String label;

	Scope(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The rung above, if any: nobody skips a rung. */
	public Optional<Scope> next() {
		return (ordinal() + 1 < values().length) ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

}
