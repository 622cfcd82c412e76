package org.guildhall.member;

/**
 * What an account may do: a lead runs the community, a member takes part, a manager
 * follows the outcomes and only reads.
 */
public enum Role {

	LEAD("CoP lead"), MEMBER("Member"), MANAGER("Manager");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
