package org.guildhall.league;

/**
 * Levels by points earned in all seasons: everyone starts as a cadet, and the next level
 * is always in sight.
 */
enum LeagueLevel {

	CADET("Cadet", 0), SIDEKICK("Sidekick", 60), HERO("Hero", 250), LEGEND("Legend", 750);

	private final String label;

	private final int threshold;

	LeagueLevel(String label, int threshold) {
		this.label = label;
		this.threshold = threshold;
	}

	public String label() {
		return this.label;
	}

	public int threshold() {
		return this.threshold;
	}

	public static LeagueLevel of(long points) {
		LeagueLevel reached = CADET;
		for (LeagueLevel level : values()) {
			if (points >= level.threshold) {
				reached = level;
			}
		}
		return reached;
	}

	/** The level after this one, or null at the top. */
	public LeagueLevel next() {
		return (ordinal() + 1 < values().length) ? values()[ordinal() + 1] : null;
	}

}
