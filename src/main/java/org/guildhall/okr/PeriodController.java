package org.guildhall.okr;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/okrs/periods")
class PeriodController {

	private final OkrPeriods periods;

	PeriodController(OkrPeriods periods) {
		this.periods = periods;
	}

	@GetMapping
	String listPeriods(Model model) {
		var periods = this.periods.all();
		model.addAttribute("periods", periods);
		model.addAttribute("current", this.periods.defaultPeriod(periods).orElse(null));
		return "okr/periods";
	}

	@GetMapping("/new")
	String newPeriod(Model model) {
		model.addAttribute("period", PeriodForm.suggested(this.periods.nextStart()));
		return "okr/period-form";
	}

	@PostMapping("/new")
	String addPeriod(@Validated @ModelAttribute("period") PeriodForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "okr/period-form";
		}
		try {
			OkrPeriod period = this.periods.add(form);
			Flash.success(redirect, "flash.period.added", period.getName());
			return "redirect:/okrs/periods";
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "okr/period-form";
		}
	}

	@GetMapping("/{id}/edit")
	String editPeriod(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		OkrPeriod period = this.periods.period(id);
		if (period.isClosed()) {
			Flash.warning(redirect, "okr.period.closed");
			return "redirect:/okrs/periods";
		}
		model.addAttribute("period", PeriodForm.from(period));
		return "okr/period-form";
	}

	@PostMapping("/{id}/edit")
	String updatePeriod(@PathVariable Long id, @Validated @ModelAttribute("period") PeriodForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "okr/period-form";
		}
		try {
			OkrPeriod period = this.periods.update(id, form);
			Flash.success(redirect, "flash.period.updated", period.getName());
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "okr/period-form";
		}
		catch (PeriodClosedException ex) {
			Flash.warning(redirect, "okr.period.closed");
		}
		return "redirect:/okrs/periods";
	}

	@GetMapping("/{id}/close")
	String showClose(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("close", this.periods.closeForm(id));
			model.addAttribute("period", this.periods.period(id));
			return "okr/close";
		}
		catch (PeriodClosedException ex) {
			Flash.warning(redirect, "okr.period.closed");
			return "redirect:/okrs/periods";
		}
	}

	@PostMapping("/{id}/close")
	String closePeriod(@PathVariable Long id, @Validated @ModelAttribute("close") ClosePeriodForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal lead, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("period", this.periods.period(id));
			return "okr/close";
		}
		try {
			this.periods.close(lead, id, form);
			Flash.success(redirect, "flash.period.closed");
			return "redirect:/okrs/dashboard?period=" + id;
		}
		catch (RuleViolationException ex) {
			result.reject(ex.code());
			model.addAttribute("period", this.periods.period(id));
			return "okr/close";
		}
		catch (PeriodClosedException ex) {
			Flash.warning(redirect, "okr.period.closed");
			return "redirect:/okrs/periods";
		}
	}

}
