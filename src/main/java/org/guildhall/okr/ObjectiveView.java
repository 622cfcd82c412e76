package org.guildhall.okr;

import java.util.List;
import java.util.Objects;

import org.guildhall.web.Sparkline;

/**
 * An objective as the list, the dashboard and its own page show it.
 */
public record ObjectiveView(Objective objective, String goalName, String ownerName, Score score,
		List<KeyResultView> keyResults, Sparkline trend) {

	/** The most worried of its key results' latest confidences, if anyone checked in. */
	public Confidence confidence() {
		return this.keyResults.stream()
			.map(KeyResultView::confidence)
			.filter(Objects::nonNull)
			.max(Enum::compareTo)
			.orElse(null);
	}

	public long staleCount() {
		return this.keyResults.stream().filter(KeyResultView::stale).count();
	}

}
