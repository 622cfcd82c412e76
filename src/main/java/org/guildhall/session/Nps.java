package org.guildhall.session;

/**
 * Net Promoter Score of a set of answers to "how likely are you to recommend this session
 * to a colleague?": the percentage of promoters (9–10) minus the percentage of detractors
 * (0–6). Under three answers a number would say more about one person than about the
 * session, so there is none.
 */
record Nps(long promoters, long passives, long detractors) {

	/** Fewer answers than this show "not enough answers". */
	public static final int ENOUGH_ANSWERS = 3;

	public static final Nps NONE = new Nps(0, 0, 0);

	public static Nps of(int... scores) {
		long promoters = 0;
		long passives = 0;
		long detractors = 0;
		for (int score : scores) {
			if (score < 0 || score > 10) {
				throw new IllegalArgumentException("A score runs from 0 to 10, not " + score);
			}
			if (score >= 9) {
				promoters++;
			}
			else if (score >= 7) {
				passives++;
			}
			else {
				detractors++;
			}
		}
		return new Nps(promoters, passives, detractors);
	}

	public long answers() {
		return this.promoters + this.passives + this.detractors;
	}

	public boolean isEnough() {
		return answers() >= ENOUGH_ANSWERS;
	}

	/** The score from −100 to 100, rounded; only meaningful when {@link #isEnough()}. */
	public int score() {
		if (answers() == 0) {
			throw new IllegalStateException("No answers, no score");
		}
		return (int) Math.round(100.0 * (this.promoters - this.detractors) / answers());
	}

	/** The score as pages show it: a signed number, or "not enough answers". */
	public String display() {
		if (!isEnough()) {
			return "not enough answers";
		}
		int score = score();
		return (score > 0) ? "+" + score : String.valueOf(score);
	}

}
