package org.guildhall.audit;

/**
 * What an audit event records, with the words the audit page uses.
 */
enum AuditAction {

	SIGN_IN("Sign-in"), SIGN_OUT("Sign-out"), ACCOUNT_LOCKED("Account locked"), ACCOUNT_UNLOCKED("Account unlocked"),
	SESSIONS_ENDED("Sessions ended"), SET_UP("Installation set up"), ROLE_CHANGED("Role changed"),
	CORE_TEAM_CHANGED("Core team changed"), DEACTIVATED("Member deactivated"), REACTIVATED("Member reactivated"),
	PASSWORD_CHANGED("Password changed"), SIGN_IN_LINK_CREATED("Sign-in link created"),
	SIGN_IN_LINK_USED("Sign-in link used"), API_TOKEN_CREATED("API token created"),
	API_TOKEN_FIRST_USED("API token used for the first time"), API_TOKEN_REVOKED("API token revoked"),
	API_TOKEN_REFUSED("API token refused"), PERIOD_CLOSED("OKR period closed"), CANVAS_CHANGED("Canvas changed"),
	ACCESS_DENIED("Access denied");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
