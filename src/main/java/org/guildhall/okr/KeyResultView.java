package org.guildhall.okr;

import java.time.Instant;
import java.util.List;

import org.guildhall.web.Link;

/**
 * A key result as pages show it: its score, its owner's latest confidence, whether it is
 * stale, and (on the objective's page) its check-ins.
 */
public record KeyResultView(KeyResult keyResult, Score score, Confidence confidence, boolean stale, String ownerName,
		List<CheckInView> checkIns, List<Link> work) {

	/** A check-in with the name of whoever recorded it. */
	public record CheckInView(CheckIn checkIn, String recordedBy) {
	}

	public Instant lastCheckInAt() {
		return this.keyResult.getLastCheckInAt();
	}

}
