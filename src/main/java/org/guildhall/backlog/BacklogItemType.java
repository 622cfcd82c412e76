package org.guildhall.backlog;

/**
 * The kinds of challenge the community takes on.
 */
public enum BacklogItemType {

	SKILL_GAP("Skill gap"), CERTIFICATION("Certification"), BUSINESS_IMPLEMENTATION("Business implementation"),
	CUSTOMER_CHALLENGE("SRE customer challenge"), OTHER("Other");

	private final String label;

	BacklogItemType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
