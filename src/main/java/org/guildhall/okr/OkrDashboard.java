package org.guildhall.okr;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' dashboard and the objectives list: a period's objectives with their
 * scores, against the period before, by business goal.
 */
@Service
@Transactional(readOnly = true)
class OkrDashboard {

	private final OkrPeriods periods;

	private final ObjectiveRepository objectives;

	private final BusinessGoals goals;

	private final ObjectiveViews views;

	OkrDashboard(OkrPeriods periods, ObjectiveRepository objectives, BusinessGoals goals, ObjectiveViews views) {
		this.periods = periods;
		this.objectives = objectives;
		this.goals = goals;
		this.views = views;
	}

	/**
	 * The dashboard of a period (the default one when none is asked for), in a fixed
	 * number of statements whatever the number of objectives, key results and check-ins.
	 */
	Optional<Dashboard> of(Long requestedPeriod) {
		List<OkrPeriod> all = this.periods.all();
		return this.periods.choose(all, requestedPeriod).map((period) -> {
			OkrPeriod previous = all.stream()
				.filter((candidate) -> candidate.getEndsOn().isBefore(period.getStartsOn()))
				.findFirst()
				.orElse(null);
			List<Long> periodIds = (previous != null) ? List.of(period.getId(), previous.getId())
					: List.of(period.getId());
			List<Objective> loaded = this.objectives.findWithKeyResults(periodIds);
			List<Objective> current = loaded.stream()
				.filter((o) -> o.getPeriod().getId().equals(period.getId()))
				.toList();
			List<Objective> before = loaded.stream()
				.filter((o) -> !o.getPeriod().getId().equals(period.getId()))
				.toList();
			Map<Long, String> goalNames = this.goals.names();
			List<ObjectiveView> shown = this.views.of(current, false, goalNames, Map.of());
			return new Dashboard(period, all, shown, mean(current), previous, (previous != null) ? mean(before) : null,
					compareByGoal(current, before, goalNames, previous != null));
		});
	}

	private static List<Dashboard.GoalComparison> compareByGoal(List<Objective> current, List<Objective> before,
			Map<Long, String> goalNames, boolean hasPrevious) {
		Map<Long, List<Objective>> now = current.stream().collect(Collectors.groupingBy(Objective::getBusinessGoalId));
		Map<Long, List<Objective>> then = before.stream().collect(Collectors.groupingBy(Objective::getBusinessGoalId));
		Set<Long> goalIds = new HashSet<>(now.keySet());
		goalIds.addAll(then.keySet());
		return goalIds.stream()
			.map((goalId) -> new Dashboard.GoalComparison(goalNames.get(goalId),
					now.containsKey(goalId) ? mean(now.get(goalId)) : null,
					(hasPrevious && then.containsKey(goalId)) ? mean(then.get(goalId)) : null))
			.sorted(Comparator.comparing(Dashboard.GoalComparison::goal, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The mean score of some objectives, or null when there are none. */
	private static Score mean(List<Objective> objectives) {
		if (objectives.isEmpty()) {
			return null;
		}
		List<Score> scores = objectives.stream().map(Objective::score).toList();
		return Score.objective(scores, scores.stream().map((score) -> BigDecimal.ONE).toList());
	}

}
