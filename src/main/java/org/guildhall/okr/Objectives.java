package org.guildhall.okr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.member.Members;
import org.guildhall.web.Link;
import org.guildhall.web.Versions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Objectives and their key results: written by the lead, read by everyone. */
@Service
@Transactional(readOnly = true)
class Objectives {

	private final ObjectiveRepository objectives;

	private final OkrPeriods periods;

	private final BusinessGoals goals;

	private final ObjectiveViews views;

	private final Members members;

	private final ObjectProvider<KeyResultLinks> keyResultLinks;

	Objectives(ObjectiveRepository objectives, OkrPeriods periods, BusinessGoals goals, ObjectiveViews views,
			Members members, ObjectProvider<KeyResultLinks> keyResultLinks) {
		this.objectives = objectives;
		this.periods = periods;
		this.goals = goals;
		this.views = views;
		this.members = members;
		this.keyResultLinks = keyResultLinks;
	}

	Objective withKeyResults(Long id) {
		return this.objectives.findWithKeyResults(id).orElseThrow(() -> new OkrNotFoundException("objective", id));
	}

	/** An objective with everything its page shows, in a fixed number of statements. */
	ObjectiveView view(Long id) {
		Objective objective = withKeyResults(id);
		List<Long> keyResultIds = objective.getKeyResults().stream().map(KeyResult::getId).toList();
		Map<Long, List<Link>> work = new HashMap<>();
		this.keyResultLinks.forEach((links) -> links.linksToKeyResults(keyResultIds)
			.forEach((keyResultId, found) -> work.computeIfAbsent(keyResultId, (key) -> new ArrayList<>())
				.addAll(found)));
		return this.views.of(List.of(objective), true, this.goals.names(), work).get(0);
	}

	/** A period's objectives with every key result and check-in, for export. */
	List<ObjectiveView> export(OkrPeriod period) {
		return this.views.of(this.objectives.findWithKeyResults(List.of(period.getId())), true, this.goals.names(),
				Map.of());
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	Objective add(ObjectiveForm form) {
		OkrPeriod period = this.periods.period(form.getPeriodId());
		checkOwners(form);
		this.goals.goal(form.getBusinessGoalId());
		Objective objective = new Objective(period, form.getTitle(), form.getWhyItMatters(), form.getBusinessGoalId(),
				form.getOwnerId());
		reviseKeyResults(objective, form);
		return this.objectives.saveAndFlush(objective);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	Objective update(Long id, ObjectiveForm form) {
		Objective objective = withKeyResults(id);
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
		this.goals.goal(form.getBusinessGoalId());
		objective.describe(form.getTitle(), form.getWhyItMatters(), form.getBusinessGoalId(), form.getOwnerId());
		reviseKeyResults(objective, form);
		return this.objectives.saveAndFlush(objective);
	}

	private static void reviseKeyResults(Objective objective, ObjectiveForm form) {
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
		this.members.requireContributor("ownerId", form.getOwnerId());
		for (int row : form.filledRows()) {
			this.members.requireContributor("keyResults[" + row + "].ownerId",
					form.getKeyResults().get(row).getOwnerId());
		}
	}

}
