package org.guildhall.okr;

import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/okrs/goals")
class BusinessGoalController {

	private final BusinessGoals goals;

	BusinessGoalController(BusinessGoals goals) {
		this.goals = goals;
	}

	@GetMapping
	String listGoals(Model model) {
		model.addAttribute("goals", this.goals.all());
		return "okr/goals";
	}

	@GetMapping("/new")
	String newGoal(Model model) {
		model.addAttribute("goal", new BusinessGoalForm());
		return "okr/goal-form";
	}

	@PostMapping("/new")
	String addGoal(@Validated @ModelAttribute("goal") BusinessGoalForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "okr/goal-form";
		}
		try {
			BusinessGoal goal = this.goals.add(form);
			Flash.success(redirect, "flash.goal.added", goal.getName());
			return "redirect:/okrs/goals";
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "okr/goal-form";
		}
	}

	@GetMapping("/{id}/edit")
	String editGoal(@PathVariable Long id, Model model) {
		model.addAttribute("goal", BusinessGoalForm.from(this.goals.goal(id)));
		return "okr/goal-form";
	}

	@PostMapping("/{id}/edit")
	String updateGoal(@PathVariable Long id, @Validated @ModelAttribute("goal") BusinessGoalForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "okr/goal-form";
		}
		try {
			BusinessGoal goal = this.goals.update(id, form);
			Flash.success(redirect, "flash.goal.updated", goal.getName());
			return "redirect:/okrs/goals";
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "okr/goal-form";
		}
	}

}
