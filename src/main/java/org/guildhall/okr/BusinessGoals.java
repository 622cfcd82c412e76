package org.guildhall.okr;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business goals objectives align to: velocity, quality, reliability, clients. */
@Service
@Transactional(readOnly = true)
class BusinessGoals {

	private final BusinessGoalRepository goals;

	BusinessGoals(BusinessGoalRepository goals) {
		this.goals = goals;
	}

	Map<Long, String> names() {
		return this.goals.findAll().stream().collect(Collectors.toMap(BusinessGoal::getId, BusinessGoal::getName));
	}

	List<BusinessGoal> all() {
		return this.goals.findAllByName();
	}

	BusinessGoal goal(Long id) {
		return this.goals.findById(id).orElseThrow(() -> new OkrNotFoundException("business goal", id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	BusinessGoal add(BusinessGoalForm form) {
		requireFreeName(form.getName(), null);
		return this.goals.saveAndFlush(new BusinessGoal(form.getName(), form.getDescription()));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	BusinessGoal update(Long id, BusinessGoalForm form) {
		BusinessGoal goal = goal(id);
		Versions.requireCurrent(BusinessGoal.class, id, goal.getVersion(), form.getVersion());
		requireFreeName(form.getName(), id);
		goal.describe(form.getName(), form.getDescription());
		return this.goals.saveAndFlush(goal);
	}

	private void requireFreeName(String name, Long exceptId) {
		if (this.goals.isNameTaken(name.strip(), exceptId)) {
			throw new RuleViolationException("name", "okr.goal.nameTaken");
		}
	}

}
