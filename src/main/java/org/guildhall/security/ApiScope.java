package org.guildhall.security;

/** What an API token may do. */
public enum ApiScope {

	WRITE_OUTCOMES("outcomes:write", "Write outcome measures"), READ_METRICS("metrics:read", "Read metrics");

	private final String scope;

	private final String label;

	ApiScope(String scope, String label) {
		this.scope = scope;
		this.label = label;
	}

	/** The Spring Security authority a token with this scope carries. */
	public String authority() {
		return "SCOPE_" + this.scope;
	}

	public String label() {
		return this.label;
	}

}
