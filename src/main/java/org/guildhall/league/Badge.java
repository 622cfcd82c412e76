package org.guildhall.league;

/**
 * Milestones, each earned once and kept with the record that earned it.
 */
enum Badge {

	FIRST_EXPERIMENT("First experiment", "Logged a first experiment.", PointRule.Source.EXPERIMENT),
	FIRST_LESSON_FROM_FAILURE("Learned from failure", "Concluded a refuted hypothesis and wrote the lesson.",
			PointRule.Source.EXPERIMENT),
	FIRST_SHARE("First share", "Shared knowledge with the community.", PointRule.Source.SHARE),
	FIRST_SESSION_FACILITATED("First session facilitated", "Facilitated a community session.",
			PointRule.Source.SESSION),
	FIRST_PAIRING_COMPLETED("First pairing completed", "Completed a pairing as hero or sidekick.",
			PointRule.Source.PAIRING),
	HERO_CREATED("Became a hero", "Went from sidekick to hero of a pairing of their own.", PointRule.Source.PAIRING),
	HERO_MAKER("Hero maker", "A former sidekick of theirs became a hero.", PointRule.Source.PAIRING);

	private final String label;

	private final String detail;

	private final PointRule.Source source;

	Badge(String label, String detail, PointRule.Source source) {
		this.label = label;
		this.detail = detail;
		this.source = source;
	}

	public String label() {
		return this.label;
	}

	public String detail() {
		return this.detail;
	}

	public String evidenceUrl(long sourceId) {
		return this.source.url(sourceId);
	}

}
