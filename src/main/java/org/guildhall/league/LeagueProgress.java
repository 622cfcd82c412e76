package org.guildhall.league;

/**
 * Where a member stands: their level, how far to the next, and the next step in plain
 * words, so that the next level is always in sight.
 */
record LeagueProgress(long points, LeagueLevel level, LeagueLevel next, long toNext, int percent, String nextStep) {

	/** Up to this many points away, the next step is said as a number of one action. */
	static final int SHORT_WAY = 50;

	static LeagueProgress of(long points, boolean inAPairing) {
		LeagueLevel level = LeagueLevel.of(points);
		LeagueLevel next = level.next();
		if (next == null) {
			return new LeagueProgress(points, level, null, 0, 100,
					"Top of the league. The best thing a Legend can do now: make another hero.");
		}
		long toNext = next.threshold() - points;
		int percent = (int) (100 * (points - level.threshold()) / (next.threshold() - level.threshold()));
		String nextStep;
		if (inAPairing && toNext <= SHORT_WAY) {
			nextStep = times(toNext, PointRule.PAIRING_CHECK_IN, "check-in") + " to reach " + next.label() + ".";
		}
		else if (toNext <= SHORT_WAY) {
			nextStep = times(toNext, PointRule.EXPERIMENT_LOGGED, "experiment") + " logged to reach " + next.label()
					+ " (a share or a facilitated session counts more).";
		}
		else {
			nextStep = toNext + " more points to reach " + next.label()
					+ ": a completed pairing brings 40, a facilitated session 25, a shared story 15.";
		}
		return new LeagueProgress(points, level, next, toNext, percent, nextStep);
	}

	private static String times(long points, PointRule rule, String noun) {
		long times = (points + rule.points() - 1) / rule.points();
		return times + " more " + noun + ((times == 1) ? "" : "s");
	}

}
