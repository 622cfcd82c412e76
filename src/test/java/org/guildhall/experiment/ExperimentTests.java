package org.guildhall.experiment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an experiment guards itself: the learning cycle, its status, and the scope
 * ladder.
 */
class ExperimentTests {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void recordsTheFourStagesOfKolbsCycle() {
		Experiment experiment = experiment();

		experiment.reflect(" We killed a pod ", "Failover took 4 s", "Three replicas minimum", "Try it on mobile");

		assertThat(experiment.getConcreteExperience()).isEqualTo("We killed a pod");
		assertThat(experiment.getReflectiveObservation()).isEqualTo("Failover took 4 s");
		assertThat(experiment.getAbstractConceptualisation()).isEqualTo("Three replicas minimum");
		assertThat(experiment.getActiveExperimentation()).isEqualTo("Try it on mobile");
		assertThat(experiment.hasLesson()).isTrue();
		experiment.reflect(null, "  ", null, null);
		assertThat(experiment.getReflectiveObservation()).isNull();
		assertThat(experiment.hasLesson()).isFalse();
	}

	@Test
	void movesFromPlannedToRunningToConcluded() {
		Experiment experiment = experiment();
		assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.PLANNED);

		experiment.start(TODAY);
		assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.RUNNING);
		assertThat(experiment.getStartedOn()).isEqualTo(TODAY);
		assertThatThrownBy(() -> experiment.start(TODAY)).isInstanceOf(ExperimentRuleException.class);

		experiment.conclude(Outcome.CONFIRMED, TODAY.plusDays(2), NOW);
		assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.CONCLUDED);
		assertThat(experiment.getOutcome()).isEqualTo(Outcome.CONFIRMED);
		assertThat(experiment.getEndedOn()).isEqualTo(TODAY.plusDays(2));
	}

	@Test
	void neverConcludesWithoutAnOutcomeNorTwice() {
		Experiment experiment = experiment();

		assertThatThrownBy(() -> experiment.conclude(null, TODAY, NOW)).isInstanceOf(ExperimentRuleException.class)
			.extracting("code")
			.isEqualTo("experiment.conclude.outcome");
		assertThat(experiment.getStatus()).isEqualTo(ExperimentStatus.PLANNED);

		experiment.conclude(Outcome.INCONCLUSIVE, TODAY, NOW);
		assertThatThrownBy(() -> experiment.conclude(Outcome.CONFIRMED, TODAY, NOW))
			.isInstanceOf(ExperimentRuleException.class);
		assertThat(experiment.getOutcome()).isEqualTo(Outcome.INCONCLUSIVE);
	}

	@Test
	void aRefutedHypothesisWithALessonIsCelebratedLikeAConfirmedOne() {
		Experiment withLesson = experiment();
		withLesson.reflect(null, null, "Retries without jitter make failovers worse", null);
		withLesson.conclude(Outcome.REFUTED, TODAY, NOW);
		Experiment withoutLesson = experiment();
		withoutLesson.conclude(Outcome.REFUTED, TODAY, NOW);
		Experiment confirmed = experiment();
		confirmed.conclude(Outcome.CONFIRMED, TODAY, NOW);

		assertThat(withLesson.isCelebrated()).isTrue();
		assertThat(confirmed.isCelebrated()).isTrue();
		assertThat(withoutLesson.isCelebrated()).isFalse();
	}

	@Test
	void climbsOneRungAtATimeOnlyWithEvidence() {
		Experiment experiment = experiment();

		assertThatThrownBy(() -> experiment.promote(Outcome.CONFIRMED, " ", NOW, 1L))
			.isInstanceOf(ExperimentRuleException.class)
			.extracting("code")
			.isEqualTo("experiment.promote.evidence");
		assertThatThrownBy(() -> experiment.promote(Outcome.REFUTED, "It failed", NOW, 1L))
			.isInstanceOf(ExperimentRuleException.class)
			.extracting("code")
			.isEqualTo("experiment.promote.notConfirmed");
		assertThat(experiment.getScope()).isEqualTo(Scope.SANDBOX);

		experiment.promote(Outcome.CONFIRMED, "Held in 6 of 6 sandbox runs", NOW, 1L);
		assertThat(experiment.getScope()).isEqualTo(Scope.TEAM);
		experiment.promote(Outcome.CONFIRMED, "Held for the payments team", NOW, 1L);
		experiment.promote(Outcome.CONFIRMED, "Held for the business unit", NOW, 1L);
		assertThat(experiment.getScope()).isEqualTo(Scope.ENTERPRISE);
		assertThatThrownBy(() -> experiment.promote(Outcome.CONFIRMED, "More", NOW, 1L))
			.isInstanceOf(ExperimentRuleException.class)
			.extracting("code")
			.isEqualTo("experiment.promote.top");

		assertThat(experiment.getPromotions()).extracting(Promotion::getFromScope, Promotion::getToScope)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Scope.SANDBOX, Scope.TEAM),
					org.assertj.core.groups.Tuple.tuple(Scope.TEAM, Scope.BUSINESS_UNIT),
					org.assertj.core.groups.Tuple.tuple(Scope.BUSINESS_UNIT, Scope.ENTERPRISE));
	}

	@Test
	void theScopeLadderHasNoSkippedRungs() {
		assertThat(Scope.SANDBOX.next()).contains(Scope.TEAM);
		assertThat(Scope.TEAM.next()).contains(Scope.BUSINESS_UNIT);
		assertThat(Scope.BUSINESS_UNIT.next()).contains(Scope.ENTERPRISE);
		assertThat(Scope.ENTERPRISE.next()).isEmpty();
	}

	@Test
	void authorsAndCoAuthorsMayEditTheAuthorIsNeverAlsoACoAuthor() {
		Experiment experiment = experiment();
		experiment.credit(Set.of(1L, 2L), Set.of());

		assertThat(experiment.getCoAuthorIds()).containsExactly(2L);
		assertThat(experiment.isEditableBy(1L)).isTrue();
		assertThat(experiment.isEditableBy(2L)).isTrue();
		assertThat(experiment.isEditableBy(3L)).isFalse();
	}

	@Test
	void endsOnOrAfterItStarts() {
		assertThatThrownBy(() -> experiment().schedule(TODAY, TODAY.minusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Experiment experiment() {
		return new Experiment(1L, "Kill a pod", ExperimentKind.CHAOS_EXPERIMENT, "payments-api",
				"Checkout stays available", Scope.SANDBOX);
	}

}
