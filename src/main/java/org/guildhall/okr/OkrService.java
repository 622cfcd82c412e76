package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.MemberService;
import org.guildhall.web.Link;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Sparkline;
import org.guildhall.web.Versions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OKRs: periods, objectives and their key results, check-ins, scores and the dashboard.
 */
@Service
@Transactional(readOnly = true)
public class OkrService {

	private final OkrPeriodRepository periods;

	private final ObjectiveRepository objectives;

	private final KeyResultRepository keyResults;

	private final CheckInRepository checkIns;

	private final BusinessGoalRepository goals;

	private final MemberService members;

	private final ObjectProvider<KeyResultLinks> keyResultLinks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OkrService(OkrPeriodRepository periods, ObjectiveRepository objectives, KeyResultRepository keyResults,
			CheckInRepository checkIns, BusinessGoalRepository goals, MemberService members,
			ObjectProvider<KeyResultLinks> keyResultLinks, ApplicationEventPublisher events, Clock clock) {
		this.keyResultLinks = keyResultLinks;
		this.events = events;
		this.periods = periods;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.goals = goals;
		this.members = members;
		this.clock = clock;
	}

	// Periods

	public List<OkrPeriod> periods() {
		return this.periods.findAllNewestFirst();
	}

	/**
	 * The period a page shows when none is asked for: the one containing today, else the
	 * latest that has started, else the next to come.
	 */
	public Optional<OkrPeriod> defaultPeriod(List<OkrPeriod> newestFirst) {
		LocalDate today = LocalDate.now(this.clock);
		return newestFirst.stream()
			.filter((period) -> period.contains(today))
			.findFirst()
			.or(() -> newestFirst.stream().filter((period) -> !period.getStartsOn().isAfter(today)).findFirst())
			.or(() -> newestFirst.stream().reduce((newer, older) -> older));
	}

	/** The period asked for by id, if it exists, else the default one. */
	Optional<OkrPeriod> choosePeriod(List<OkrPeriod> newestFirst, Long requested) {
		return newestFirst.stream()
			.filter((period) -> period.getId().equals(requested))
			.findFirst()
			.or(() -> defaultPeriod(newestFirst));
	}

	public OkrPeriod period(Long id) {
		return this.periods.findById(id).orElseThrow(() -> new OkrNotFoundException("period", id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public OkrPeriod addPeriod(PeriodForm form) {
		checkPeriod(form, null);
		return this.periods.saveAndFlush(new OkrPeriod(form.getName(), form.getStartsOn(), form.getEndsOn()));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public OkrPeriod updatePeriod(Long id, PeriodForm form) {
		OkrPeriod period = period(id);
		Versions.requireCurrent(OkrPeriod.class, id, period.getVersion(), form.getVersion());
		checkPeriod(form, id);
		period.reschedule(form.getName(), form.getStartsOn(), form.getEndsOn());
		return this.periods.saveAndFlush(period);
	}

	/**
	 * When the next period would start: the day after the latest ends, else this quarter.
	 */
	LocalDate nextPeriodStart() {
		return this.periods.findAllNewestFirst()
			.stream()
			.findFirst()
			.map((latest) -> latest.getEndsOn().plusDays(1))
			.orElseGet(() -> {
				LocalDate today = LocalDate.now(this.clock);
				return today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
			});
	}

	private void checkPeriod(PeriodForm form, Long exceptId) {
		if (form.getEndsOn().isBefore(form.getStartsOn())) {
			throw new RuleViolationException("endsOn", "okr.period.endsBeforeStart");
		}
		if (this.periods.isNameTaken(form.getName().strip(), exceptId)) {
			throw new RuleViolationException("name", "okr.period.nameTaken");
		}
		if (this.periods.overlaps(form.getStartsOn(), form.getEndsOn(), exceptId)) {
			throw new RuleViolationException("startsOn", "okr.period.overlap");
		}
	}

	ClosePeriodForm closeForm(Long periodId) {
		OkrPeriod period = period(periodId);
		period.requireOpen();
		return ClosePeriodForm.of(period, this.objectives.findWithKeyResults(List.of(periodId)));
	}

	/**
	 * Closes a period: every objective's score freezes with the lead's grade and
	 * retrospective, and nothing in the period changes any more.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void closePeriod(MemberPrincipal lead, Long periodId, ClosePeriodForm form) {
		OkrPeriod period = period(periodId);
		Versions.requireCurrent(OkrPeriod.class, periodId, period.getVersion(), form.getVersion());
		Map<Long, ClosePeriodForm.Retrospective> retrospectives = form.getObjectives()
			.stream()
			.collect(Collectors.toMap(ClosePeriodForm.Retrospective::getObjectiveId, Function.identity(),
					(first, second) -> first));
		for (Objective objective : this.objectives.findWithKeyResults(List.of(periodId))) {
			ClosePeriodForm.Retrospective retrospective = retrospectives.get(objective.getId());
			if (retrospective == null) {
				throw new RuleViolationException("objectives", "okr.close.incomplete");
			}
			objective.close(retrospective.getGrade(), retrospective.getWentWell(), retrospective.getDidNotGoWell(),
					retrospective.getWhatNext());
		}
		period.close(this.clock.instant(), lead.id());
		this.periods.saveAndFlush(period);
		this.events.publishEvent(new PeriodClosed(period.getId(), period.getName(), lead.id(), period.getClosedAt()));
	}

	// Business goals

	private Map<Long, String> goalNames() {
		return this.goals.findAll().stream().collect(Collectors.toMap(BusinessGoal::getId, BusinessGoal::getName));
	}

	public List<BusinessGoal> goals() {
		return this.goals.findAllByName();
	}

	public BusinessGoal goal(Long id) {
		return this.goals.findById(id).orElseThrow(() -> new OkrNotFoundException("business goal", id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public BusinessGoal addGoal(BusinessGoalForm form) {
		requireFreeGoalName(form.getName(), null);
		return this.goals.saveAndFlush(new BusinessGoal(form.getName(), form.getDescription()));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public BusinessGoal updateGoal(Long id, BusinessGoalForm form) {
		BusinessGoal goal = goal(id);
		Versions.requireCurrent(BusinessGoal.class, id, goal.getVersion(), form.getVersion());
		requireFreeGoalName(form.getName(), id);
		goal.describe(form.getName(), form.getDescription());
		return this.goals.saveAndFlush(goal);
	}

	private void requireFreeGoalName(String name, Long exceptId) {
		if (this.goals.isNameTaken(name.strip(), exceptId)) {
			throw new RuleViolationException("name", "okr.goal.nameTaken");
		}
	}

	// Objectives and key results

	Objective objectiveWithKeyResults(Long id) {
		return this.objectives.findWithKeyResults(id).orElseThrow(() -> new OkrNotFoundException("objective", id));
	}

	/** An objective with everything its page shows, in a fixed number of statements. */
	public ObjectiveView objective(Long id) {
		Objective objective = objectiveWithKeyResults(id);
		List<Long> keyResultIds = objective.getKeyResults().stream().map(KeyResult::getId).toList();
		Map<Long, List<Link>> work = new HashMap<>();
		this.keyResultLinks.forEach((links) -> links.linksToKeyResults(keyResultIds)
			.forEach((keyResultId, found) -> work.computeIfAbsent(keyResultId, (key) -> new ArrayList<>())
				.addAll(found)));
		return views(List.of(objective), true, goalNames(), work).get(0);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Objective addObjective(ObjectiveForm form) {
		OkrPeriod period = period(form.getPeriodId());
		checkOwners(form);
		goal(form.getBusinessGoalId());
		Objective objective = new Objective(period, form.getTitle(), form.getWhyItMatters(), form.getBusinessGoalId(),
				form.getOwnerId());
		reviseKeyResults(objective, form);
		return this.objectives.saveAndFlush(objective);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Objective updateObjective(Long id, ObjectiveForm form) {
		Objective objective = objectiveWithKeyResults(id);
		Versions.requireCurrent(Objective.class, id, objective.getVersion(), form.getVersion());
		for (int row : form.filledRows()) {
			ObjectiveForm.KeyResultRow keyResultRow = form.getKeyResults().get(row);
			KeyResult keyResult = (keyResultRow.getId() != null) ? objective.keyResult(keyResultRow.getId()) : null;
			if (keyResult != null) {
				Versions.requireCurrent(KeyResult.class, keyResult.getId(), keyResult.getVersion(),
						keyResultRow.getVersion());
			}
		}
		checkOwners(form);
		goal(form.getBusinessGoalId());
		objective.describe(form.getTitle(), form.getWhyItMatters(), form.getBusinessGoalId(), form.getOwnerId());
		reviseKeyResults(objective, form);
		return this.objectives.saveAndFlush(objective);
	}

	private void reviseKeyResults(Objective objective, ObjectiveForm form) {
		List<Long> ids = new ArrayList<>();
		List<KeyResult.Definition> definitions = new ArrayList<>();
		for (int row : form.filledRows()) {
			ObjectiveForm.KeyResultRow keyResult = form.getKeyResults().get(row);
			ids.add(keyResult.getId());
			definitions.add(keyResult.definition());
		}
		objective.reviseKeyResults(ids, definitions);
	}

	private void checkOwners(ObjectiveForm form) {
		if (!this.members.isContributor(form.getOwnerId())) {
			throw new RuleViolationException("ownerId", "okr.owner.notContributor");
		}
		for (int row : form.filledRows()) {
			if (!this.members.isContributor(form.getKeyResults().get(row).getOwnerId())) {
				throw new RuleViolationException("keyResults[" + row + "].ownerId", "okr.owner.notContributor");
			}
		}
	}

	// Check-ins

	KeyResult keyResult(Long id) {
		return this.keyResults.findWithPeriod(id).orElseThrow(() -> new OkrNotFoundException("key result", id));
	}

	/** The key result someone may check in on: its owner, or a lead. */
	KeyResult keyResultToCheckIn(MemberPrincipal actor, Long id) {
		KeyResult keyResult = keyResult(id);
		if (!actor.isLead() && !keyResult.isOwnedBy(actor.id())) {
			throw new AccessDeniedException("Only a key result's owner or a lead checks in on it");
		}
		return keyResult;
	}

	@Transactional
	public CheckIn checkIn(MemberPrincipal actor, Long keyResultId, CheckInForm form) {
		KeyResult keyResult = keyResultToCheckIn(actor, keyResultId);
		BigDecimal value = form.valueFor(keyResult);
		if (!keyResult.getUnit().accepts(value)) {
			throw new RuleViolationException("value", keyResult.getUnit().refusal());
		}
		if (keyResult.getSource() == KeyResultSource.METRIC && (form.getNote() == null || form.getNote().isBlank())) {
			throw new RuleViolationException("note", "okr.checkIn.overrideReason");
		}
		CheckIn checkIn = keyResult.checkIn(value, form.getConfidence(), form.getNote(), this.clock.instant(),
				actor.id());
		this.keyResults.saveAndFlush(keyResult);
		return this.checkIns.save(checkIn);
	}

	// The dashboard and the list

	/**
	 * The dashboard of a period (the default one when none is asked for), in a fixed
	 * number of statements whatever the number of objectives, key results and check-ins.
	 */
	public Optional<Dashboard> dashboard(Long requestedPeriod) {
		List<OkrPeriod> all = this.periods.findAllNewestFirst();
		return choosePeriod(all, requestedPeriod).map((period) -> {
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
			Map<Long, String> goalNames = goalNames();
			List<ObjectiveView> views = views(current, false, goalNames, Map.of());
			return new Dashboard(period, all, views, mean(current), previous, (previous != null) ? mean(before) : null,
					compareByGoal(current, before, goalNames, previous != null));
		});
	}

	private List<Dashboard.GoalComparison> compareByGoal(List<Objective> current, List<Objective> before,
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

	/**
	 * Objectives as pages show them: two more statements whatever their number (check-ins
	 * and member names).
	 */
	private List<ObjectiveView> views(List<Objective> objectives, boolean withHistory, Map<Long, String> goalNames,
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

	/** A period's objectives with every key result and check-in, for export. */
	public List<ObjectiveView> export(OkrPeriod period) {
		return views(this.objectives.findWithKeyResults(List.of(period.getId())), true, goalNames(), Map.of());
	}

	/** The key results of open periods, as other features offer them in a select. */
	public List<KeyResultChoice> keyResultChoices() {
		return this.keyResults.findChoices()
			.stream()
			.map((keyResult) -> new KeyResultChoice(keyResult.getId(), label(keyResult)))
			.toList();
	}

	/** "Objective › key result" for these key results, in one statement. */
	public Map<Long, String> keyResultLabels(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.keyResults.findLabels(ids)
			.stream()
			.collect(Collectors.toMap(KeyResultRepository.Label::getId,
					(found) -> found.getObjectiveTitle() + " › " + found.getTitle()));
	}

	public boolean keyResultExists(Long id) {
		return this.keyResults.existsById(id);
	}

	private static String label(KeyResult keyResult) {
		return keyResult.getObjective().getTitle() + " › " + keyResult.getTitle();
	}

}
