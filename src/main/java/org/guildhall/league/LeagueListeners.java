package org.guildhall.league;

import java.util.HashSet;
import java.util.Set;

import org.guildhall.experiment.ExperimentConcluded;
import org.guildhall.experiment.ExperimentLogged;
import org.guildhall.experiment.ExperimentPromoted;
import org.guildhall.experiment.Outcome;
import org.guildhall.session.SessionHeld;
import org.guildhall.share.KnowledgeShared;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what members do into points and badges, from the events the other modules
 * publish. Each listener runs after the action committed; the event registry retries it
 * if it fails, and the points table's keys make a retry harmless.
 */
@Component
class LeagueListeners {

	private final LeaguePoints points;

	LeagueListeners(LeaguePoints points) {
		this.points = points;
	}

	@ApplicationModuleListener
	void on(ExperimentLogged event) {
		for (Long member : people(event.authorId(), event.coAuthorIds())) {
			this.points.award(member, PointRule.EXPERIMENT_LOGGED, event.experimentId(), event.occurredAt());
			this.points.badge(member, Badge.FIRST_EXPERIMENT, event.experimentId(), event.occurredAt());
		}
	}

	@ApplicationModuleListener
	void on(ExperimentConcluded event) {
		PointRule rule = event.withLesson() ? PointRule.EXPERIMENT_CONCLUDED_WITH_LESSON
				: PointRule.EXPERIMENT_CONCLUDED;
		for (Long member : people(event.authorId(), event.coAuthorIds())) {
			this.points.award(member, rule, event.experimentId(), event.occurredAt());
			if (event.withLesson() && event.outcome() == Outcome.REFUTED) {
				this.points.badge(member, Badge.FIRST_LESSON_FROM_FAILURE, event.experimentId(), event.occurredAt());
			}
		}
	}

	@ApplicationModuleListener
	void on(ExperimentPromoted event) {
		this.points.award(event.authorId(), PointRule.EXPERIMENT_PROMOTED, event.experimentId(), event.to().ordinal(),
				event.occurredAt());
	}

	@ApplicationModuleListener
	void on(KnowledgeShared event) {
		this.points.award(event.authorId(), PointRule.KNOWLEDGE_SHARED, event.shareId(), event.occurredAt());
		this.points.badge(event.authorId(), Badge.FIRST_SHARE, event.shareId(), event.occurredAt());
	}

	@ApplicationModuleListener
	void on(SessionHeld event) {
		for (Long facilitator : event.facilitatorIds()) {
			this.points.award(facilitator, PointRule.SESSION_FACILITATED, event.sessionId(), event.occurredAt());
			this.points.badge(facilitator, Badge.FIRST_SESSION_FACILITATED, event.sessionId(), event.occurredAt());
		}
	}

	@ApplicationModuleListener
	void on(PairingCheckedIn event) {
		for (Long member : Set.of(event.heroId(), event.sidekickId())) {
			this.points.award(member, PointRule.PAIRING_CHECK_IN, event.pairingId(), event.checkInId().intValue(),
					event.occurredAt());
		}
	}

	@ApplicationModuleListener
	void on(PairingCompleted event) {
		for (Long member : Set.of(event.heroId(), event.sidekickId())) {
			this.points.award(member, PointRule.PAIRING_COMPLETED, event.pairingId(), event.occurredAt());
			this.points.badge(member, Badge.FIRST_PAIRING_COMPLETED, event.pairingId(), event.occurredAt());
		}
	}

	@ApplicationModuleListener
	void on(HeroCreated event) {
		this.points.award(event.heroId(), PointRule.HERO_CREATED, event.pairingId(), event.occurredAt());
		this.points.badge(event.heroId(), Badge.HERO_CREATED, event.pairingId(), event.occurredAt());
		for (Long former : event.formerHeroIds()) {
			this.points.award(former, PointRule.HERO_MADE, event.pairingId(), event.occurredAt());
			this.points.badge(former, Badge.HERO_MAKER, event.pairingId(), event.occurredAt());
		}
	}

	private static Set<Long> people(Long author, Set<Long> coAuthors) {
		Set<Long> people = new HashSet<>(coAuthors);
		people.add(author);
		return people;
	}

}
