package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.Members;
import org.guildhall.web.Link;
import org.guildhall.web.Sparkline;

import org.springframework.stereotype.Component;

/**
 * Objectives as pages show them, with their key results' scores, confidence, staleness,
 * owners and weekly trend: two statements whatever their number (check-ins and names).
 */
@Component
class ObjectiveViews {

	private final CheckInRepository checkIns;

	private final Members members;

	private final Clock clock;

	ObjectiveViews(CheckInRepository checkIns, Members members, Clock clock) {
		this.checkIns = checkIns;
		this.members = members;
		this.clock = clock;
	}

	List<ObjectiveView> of(List<Objective> objectives, boolean withHistory, Map<Long, String> goalNames,
			Map<Long, List<Link>> work) {
		List<KeyResult> allKeyResults = objectives.stream().flatMap((o) -> o.getKeyResults().stream()).toList();
		List<CheckIn> history = allKeyResults.isEmpty() ? List.of()
				: this.checkIns.findHistory(allKeyResults.stream().map(KeyResult::getId).toList());
		Map<Long, List<CheckIn>> byKeyResult = history.stream()
			.collect(Collectors.groupingBy(CheckIn::getKeyResultId, LinkedHashMap::new, Collectors.toList()));
		Set<Long> people = new HashSet<>();
		objectives.forEach((objective) -> people.add(objective.getOwnerId()));
		allKeyResults.forEach((keyResult) -> people.add(keyResult.getOwnerId()));
		if (withHistory) {
			history.stream().map(CheckIn::getRecordedBy).filter(Objects::nonNull).forEach(people::add);
		}
		Map<Long, String> names = this.members.namesOf(people);
		Instant now = this.clock.instant();
		return objectives.stream().map((objective) -> {
			List<KeyResultView> keyResultViews = objective.getKeyResults().stream().map((keyResult) -> {
				List<CheckIn> checkIns = byKeyResult.getOrDefault(keyResult.getId(), List.of());
				Confidence confidence = checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1).getConfidence();
				List<KeyResultView.CheckInView> shown = withHistory ? checkIns.stream()
					.map((checkIn) -> new KeyResultView.CheckInView(checkIn, names.get(checkIn.getRecordedBy())))
					.toList() : List.of();
				return new KeyResultView(keyResult, keyResult.score(), confidence,
						!keyResult.getObjective().getPeriod().isClosed() && keyResult.isStaleAt(now),
						names.get(keyResult.getOwnerId()), shown, work.getOrDefault(keyResult.getId(), List.of()));
			}).toList();
			return new ObjectiveView(objective, goalNames.get(objective.getBusinessGoalId()),
					names.get(objective.getOwnerId()), objective.score(), keyResultViews,
					Sparkline.of(weeklyScores(objective, byKeyResult)));
		}).toList();
	}

	/**
	 * The objective's score at the end of each week of its period so far, from the
	 * check-ins: each key result counts with its latest value as of that day (its
	 * baseline before any).
	 */
	private List<Double> weeklyScores(Objective objective, Map<Long, List<CheckIn>> history) {
		OkrPeriod period = objective.getPeriod();
		LocalDate today = LocalDate.now(this.clock);
		if (today.isBefore(period.getStartsOn())) {
			return List.of();
		}
		LocalDate last = today.isBefore(period.getEndsOn()) ? today : period.getEndsOn();
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = period.getStartsOn().plusDays(6); day.isBefore(last); day = day.plusDays(7)) {
			days.add(day);
		}
		days.add(last);
		List<Double> scores = new ArrayList<>();
		for (LocalDate day : days) {
			Instant endOfDay = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
			List<Score> scoresThen = new ArrayList<>();
			for (KeyResult keyResult : objective.getKeyResults()) {
				BigDecimal value = keyResult.getBaseline();
				for (CheckIn checkIn : history.getOrDefault(keyResult.getId(), List.of())) {
					if (checkIn.getRecordedAt().isBefore(endOfDay)) {
						value = checkIn.getValue();
					}
				}
				scoresThen.add(Score.of(keyResult.getKind(), keyResult.getBaseline(), keyResult.getTarget(), value));
			}
			scores
				.add(Score.objective(scoresThen, objective.getKeyResults().stream().map(KeyResult::getWeight).toList())
					.value());
		}
		return scores;
	}

}
