package org.guildhall.okr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OKR periods: planned without gaps or overlaps, and closed with a grade and a
 * retrospective for each objective.
 */
@Service
@Transactional(readOnly = true)
class OkrPeriods {

	private final OkrPeriodRepository periods;

	private final ObjectiveRepository objectives;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OkrPeriods(OkrPeriodRepository periods, ObjectiveRepository objectives, ApplicationEventPublisher events,
			Clock clock) {
		this.periods = periods;
		this.objectives = objectives;
		this.events = events;
		this.clock = clock;
	}

	List<OkrPeriod> all() {
		return this.periods.findAllNewestFirst();
	}

	/**
	 * The period a page shows when none is asked for: the one containing today, else the
	 * latest that has started, else the next to come.
	 */
	Optional<OkrPeriod> defaultPeriod(List<OkrPeriod> newestFirst) {
		LocalDate today = LocalDate.now(this.clock);
		return newestFirst.stream()
			.filter((period) -> period.contains(today))
			.findFirst()
			.or(() -> newestFirst.stream().filter((period) -> !period.getStartsOn().isAfter(today)).findFirst())
			.or(() -> newestFirst.stream().reduce((newer, older) -> older));
	}

	/** The period asked for by id, if it exists, else the default one. */
	Optional<OkrPeriod> choose(List<OkrPeriod> newestFirst, Long requested) {
		return newestFirst.stream()
			.filter((period) -> period.getId().equals(requested))
			.findFirst()
			.or(() -> defaultPeriod(newestFirst));
	}

	OkrPeriod period(Long id) {
		return this.periods.findById(id).orElseThrow(() -> new OkrNotFoundException("period", id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	OkrPeriod add(PeriodForm form) {
		check(form, null);
		return this.periods.saveAndFlush(new OkrPeriod(form.getName(), form.getStartsOn(), form.getEndsOn()));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	OkrPeriod update(Long id, PeriodForm form) {
		OkrPeriod period = period(id);
		Versions.requireCurrent(OkrPeriod.class, id, period.getVersion(), form.getVersion());
		check(form, id);
		period.reschedule(form.getName(), form.getStartsOn(), form.getEndsOn());
		return this.periods.saveAndFlush(period);
	}

	/**
	 * When the next period would start: the day after the latest ends, else this quarter.
	 */
	LocalDate nextStart() {
		return all().stream().findFirst().map((latest) -> latest.getEndsOn().plusDays(1)).orElseGet(() -> {
			LocalDate today = LocalDate.now(this.clock);
			return today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		});
	}

	private void check(PeriodForm form, Long exceptId) {
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
	void close(MemberPrincipal lead, Long periodId, ClosePeriodForm form) {
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

}
