package org.guildhall.member;

/**
 * How the community covers a skill: how many active members hold it, hold it at level 4
 * or 5 (the heroes a sidekick would look for), and want to learn it.
 */
public interface SkillCoverage {

	Long getId();

	String getName();

	String getDescription();

	long getHolders();

	long getExperts();

	long getLearners();

	/** Few heroes for the skill, and more learners than heroes. */
	default boolean isGap() {
		return getExperts() < 2 && getLearners() > getExperts();
	}

}
