package org.guildhall.member;

/**
 * How well someone holds a skill, from novice to expert (the Dreyfus stages).
 */
enum SkillLevel {

	NOVICE(1, "Novice"), ADVANCED_BEGINNER(2, "Advanced beginner"), COMPETENT(3, "Competent"),
	PROFICIENT(4, "Proficient"), EXPERT(5, "Expert");

	private final int value;

	private final String label;

	SkillLevel(int value, String label) {
		this.value = value;
		this.label = label;
	}

	public int value() {
		return this.value;
	}

	public String label() {
		return this.label;
	}

	public static SkillLevel of(int value) {
		if (value < 1 || value > 5) {
			throw new IllegalArgumentException("A skill level runs from 1 to 5, not " + value);
		}
		return values()[value - 1];
	}

}
