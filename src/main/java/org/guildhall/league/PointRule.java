package org.guildhall.league;

/**
 * What earns points, and how many: what the community values. The rules page lists these;
 * the migration that credits earlier activity uses the same keys and numbers.
 */
enum PointRule {

	EXPERIMENT_LOGGED(10, "Log an experiment", "Author and each co-author.", Source.EXPERIMENT),
	EXPERIMENT_CONCLUDED_WITH_LESSON(20, "Conclude an experiment with its lesson",
			"A refuted hypothesis with a lesson earns the same as a confirmed one.", Source.EXPERIMENT),
	EXPERIMENT_CONCLUDED(5, "Conclude an experiment without writing the lesson",
			"Write what you learned and it counts four times as much.", Source.EXPERIMENT),
	EXPERIMENT_PROMOTED(15, "Scale an experiment up one rung", "Each rung of the scope ladder, with evidence.",
			Source.EXPERIMENT),
	KNOWLEDGE_SHARED(15, "Share knowledge", "A story, a postmortem, a how-to or a talk.", Source.SHARE),
	SESSION_FACILITATED(25, "Facilitate a session", "Each facilitator, once the attendance is recorded.",
			Source.SESSION),
	PAIRING_CHECK_IN(5, "Check in on a pairing", "Hero and sidekick, for each check-in.", Source.PAIRING),
	PAIRING_COMPLETED(40, "Complete a pairing", "Hero and sidekick, with the closing assessment.", Source.PAIRING),
	HERO_MADE(50, "Make a hero", "Each former hero of someone who becomes a hero.", Source.PAIRING),
	HERO_CREATED(100, "Become a hero", "A former sidekick becomes the hero of a pairing of their own.", Source.PAIRING);

	/** What kind of record a point comes from, and so where its evidence lives. */
	public enum Source {

		EXPERIMENT("/experiments/"), SHARE("/shares/"), SESSION("/sessions/"), PAIRING("/league/pairings/");

		private final String path;

		Source(String path) {
			this.path = path;
		}

		public String url(long id) {
			return this.path + id;
		}

	}

	private final int points;

	private final String label;

	private final String detail;

	private final Source source;

	PointRule(int points, String label, String detail, Source source) {
		this.points = points;
		this.label = label;
		this.detail = detail;
		this.source = source;
	}

	public int points() {
		return this.points;
	}

	public String label() {
		return this.label;
	}

	public String detail() {
		return this.detail;
	}

	public Source source() {
		return this.source;
	}

}
