package org.guildhall.okr;

import java.util.List;

/**
 * The managers' view of a period: every objective's score and trend, the overall score,
 * and how both compare with the period before.
 */
record Dashboard(OkrPeriod period, List<OkrPeriod> periods, List<ObjectiveView> objectives, Score overall,
		OkrPeriod previous, Score previousOverall, List<GoalComparison> goals) {

	/** One business goal's mean objective score, now and in the previous period. */
	public record GoalComparison(String goal, Score now, Score before) {

		public Integer change() {
			return (this.now != null && this.before != null) ? this.now.percent() - this.before.percent() : null;
		}

	}

	public long atRisk() {
		return count(Confidence.AT_RISK);
	}

	public long offTrack() {
		return count(Confidence.OFF_TRACK);
	}

	private long count(Confidence confidence) {
		return this.objectives.stream()
			.flatMap((objective) -> objective.keyResults().stream())
			.filter((keyResult) -> keyResult.confidence() == confidence)
			.count();
	}

	public long staleCount() {
		return this.objectives.stream().mapToLong(ObjectiveView::staleCount).sum();
	}

	public Integer change() {
		return (this.overall != null && this.previousOverall != null)
				? this.overall.percent() - this.previousOverall.percent() : null;
	}

}
