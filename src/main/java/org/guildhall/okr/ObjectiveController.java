package org.guildhall.okr;

import java.util.List;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.Pickers;
import org.guildhall.web.QueryParameters;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/okrs")
class ObjectiveController {

	private final Objectives objectives;

	private final OkrPeriods periods;

	private final BusinessGoals goals;

	private final CheckIns checkIns;

	private final OkrDashboard dashboard;

	ObjectiveController(Objectives objectives, OkrPeriods periods, BusinessGoals goals, CheckIns checkIns,
			OkrDashboard dashboard) {
		this.objectives = objectives;
		this.periods = periods;
		this.goals = goals;
		this.checkIns = checkIns;
		this.dashboard = dashboard;
	}

	@GetMapping
	String listObjectives(@RequestParam(required = false) String period, Model model) {
		this.dashboard.of(QueryParameters.id(period))
			.ifPresent((dashboard) -> model.addAttribute("dashboard", dashboard));
		return "okr/list";
	}

	@GetMapping("/{id}")
	String showObjective(@PathVariable Long id, Model model) {
		model.addAttribute("view", this.objectives.view(id));
		model.addAttribute("staleAfterDays", KeyResult.STALE_AFTER.toDays());
		return "okr/detail";
	}

	@GetMapping("/new")
	String newObjective(@RequestParam(required = false) String period, Model model, RedirectAttributes redirect) {
		List<OkrPeriod> all = this.periods.all();
		return this.periods.choose(all, QueryParameters.id(period))
			.filter((chosen) -> !chosen.isClosed())
			.map((chosen) -> {
				model.addAttribute("objective", ObjectiveForm.blank(chosen.getId()));
				return objectiveForm(model);
			})
			.orElseGet(() -> {
				Flash.warning(redirect, "okr.objective.needsOpenPeriod");
				return "redirect:/okrs/periods";
			});
	}

	@PostMapping("/new")
	String addObjective(@Validated @ModelAttribute("objective") ObjectiveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "objective", form)) {
			return objectiveForm(model);
		}
		ObjectiveFormValidator.validate(form, result);
		if (result.hasErrors()) {
			return objectiveForm(model);
		}
		try {
			Objective objective = this.objectives.add(form);
			Flash.success(redirect, "flash.objective.added", objective.getTitle());
			return "redirect:/okrs/" + objective.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return objectiveForm(model);
		}
		catch (PeriodClosedException ex) {
			result.rejectValue("periodId", "okr.period.closed");
			return objectiveForm(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editObjective(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		Objective objective = this.objectives.withKeyResults(id);
		if (objective.getPeriod().isClosed()) {
			Flash.warning(redirect, "okr.period.closed");
			return "redirect:/okrs/" + id;
		}
		model.addAttribute("objective", ObjectiveForm.from(objective));
		return objectiveForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateObjective(@PathVariable Long id, @Validated @ModelAttribute("objective") ObjectiveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "objective", form)) {
			return objectiveForm(model);
		}
		ObjectiveFormValidator.validate(form, result);
		if (result.hasErrors()) {
			return objectiveForm(model);
		}
		try {
			Objective objective = this.objectives.update(id, form);
			Flash.success(redirect, "flash.objective.updated", objective.getTitle());
			return "redirect:/okrs/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return objectiveForm(model);
		}
		catch (PeriodClosedException ex) {
			Flash.warning(redirect, "okr.period.closed");
			return "redirect:/okrs/" + id;
		}
	}

	@GetMapping("/key-results/{id}/check-in")
	String newCheckIn(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		KeyResult keyResult = this.checkIns.keyResultToCheckIn(actor, id);
		if (keyResult.getObjective().getPeriod().isClosed()) {
			Flash.warning(redirect, "okr.checkIn.periodClosed");
			return "redirect:/okrs/" + keyResult.getObjective().getId();
		}
		model.addAttribute("checkIn", CheckInForm.startingFrom(keyResult));
		return checkInForm(keyResult, model);
	}

	@PostMapping("/key-results/{id}/check-in")
	String recordCheckIn(@PathVariable Long id, @Validated @ModelAttribute("checkIn") CheckInForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		KeyResult keyResult = this.checkIns.keyResultToCheckIn(actor, id);
		if (!keyResult.getKind().isMilestone() && !result.hasFieldErrors("value") && form.getValue() == null) {
			result.rejectValue("value", "NotNull");
		}
		if (result.hasErrors()) {
			return checkInForm(keyResult, model);
		}
		try {
			this.checkIns.checkIn(actor, id, form);
			Flash.success(redirect, "flash.checkIn.recorded", keyResult.getTitle());
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return checkInForm(keyResult, model);
		}
		catch (PeriodClosedException ex) {
			Flash.warning(redirect, "okr.checkIn.periodClosed");
		}
		return "redirect:/okrs/" + keyResult.getObjective().getId();
	}

	private String objectiveForm(Model model) {
		model.addAttribute("periods", this.periods.all().stream().filter((period) -> !period.isClosed()).toList());
		model.addAttribute("goals", this.goals.all());
		model.addAttribute("kinds", KeyResultKind.values());
		model.addAttribute("units", Unit.values());
		return "okr/form";
	}

	private String checkInForm(KeyResult keyResult, Model model) {
		model.addAttribute("keyResult", keyResult);
		model.addAttribute("confidences", Confidence.values());
		return "okr/check-in";
	}

}
