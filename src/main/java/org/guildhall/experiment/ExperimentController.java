package org.guildhall.experiment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Pickers;
import org.guildhall.web.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/experiments")
class ExperimentController {

	private final ExperimentService experiments;

	private final ExperimentPages pages;

	private final SkillService skills;

	private final Clock clock;

	ExperimentController(ExperimentService experiments, ExperimentPages pages, SkillService skills, Clock clock) {
		this.experiments = experiments;
		this.pages = pages;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping
	String listExperiments(@RequestParam Map<String, String> parameters, Model model) {
		ExperimentQuery query = ExperimentQuery.from(parameters);
		Page<ExperimentRow> page = this.pages.page(query);
		model.addAttribute("query", query);
		model.addAttribute("rows", page.getContent());
		model.addAttribute("pages", PageLinks.of(page, ExperimentSearch.countLimit(query)));
		model.addAttribute("kinds", ExperimentKind.values());
		model.addAttribute("dates", ExperimentDates.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("scopes", Scope.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "experiment/list";
	}

	@GetMapping("/{id}")
	String showExperiment(@PathVariable Long id, Model model) {
		model.addAttribute("story", this.pages.story(id));
		model.addAttribute("scopes", Scope.values());
		return "experiment/detail";
	}

	@GetMapping("/new")
	String newExperiment(@RequestParam(required = false) Long parent, @RequestParam(required = false) Long backlogItem,
			@RequestParam(required = false) Long keyResult, Model model) {
		ExperimentForm form = (parent != null) ? this.experiments.followUpOf(parent) : new ExperimentForm();
		if (backlogItem != null) {
			form.setBacklogItemId(backlogItem);
		}
		if (keyResult != null) {
			form.setKeyResultId(keyResult);
		}
		model.addAttribute("experiment", form);
		return experimentForm(model);
	}

	@PostMapping("/new")
	String logExperiment(@Validated @ModelAttribute("experiment") ExperimentForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal author, Model model, RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "experiment", form) || result.hasErrors()) {
			return experimentForm(model);
		}
		try {
			Experiment experiment = this.experiments.log(author, form);
			Flash.success(redirect, "flash.experiment.logged", experiment.getTitle());
			return "redirect:/experiments/" + experiment.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return experimentForm(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editExperiment(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		model.addAttribute("experiment", this.experiments.editForm(actor, id));
		return experimentForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateExperiment(@PathVariable Long id, @Validated @ModelAttribute("experiment") ExperimentForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		this.experiments.editable(actor, id);
		if (Pickers.searchStep(model, "experiment", form) || result.hasErrors()) {
			return experimentForm(model);
		}
		try {
			Experiment experiment = this.experiments.update(actor, id, form);
			Flash.success(redirect, "flash.experiment.updated", experiment.getTitle());
			return "redirect:/experiments/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return experimentForm(model);
		}
	}

	@PostMapping("/{id}/start")
	String startExperiment(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		Flash.attempt(redirect, "flash.experiment.started", () -> this.experiments.start(actor, id));
		return "redirect:/experiments/" + id;
	}

	@GetMapping("/{id}/conclude")
	String showConclusion(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		Experiment experiment = this.experiments.editable(actor, id);
		model.addAttribute("conclusion", ConclusionForm.startingFrom(experiment, LocalDate.now(this.clock)));
		return conclusionForm(experiment, model);
	}

	@PostMapping("/{id}/conclude")
	String concludeExperiment(@PathVariable Long id, @Validated @ModelAttribute("conclusion") ConclusionForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		Experiment experiment = this.experiments.editable(actor, id);
		if (result.hasErrors()) {
			return conclusionForm(experiment, model);
		}
		try {
			this.experiments.conclude(actor, id, form);
			Flash.success(redirect, "flash.experiment.concluded." + form.getOutcome().name());
			return "redirect:/experiments/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return conclusionForm(experiment, model);
		}
	}

	@GetMapping("/{id}/promote")
	String showPromotion(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		Experiment experiment = this.experiments.editable(actor, id);
		model.addAttribute("promotion", new PromotionForm());
		return promotionForm(experiment, model);
	}

	@PostMapping("/{id}/promote")
	String promoteExperiment(@PathVariable Long id, @Validated @ModelAttribute("promotion") PromotionForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		Experiment experiment = this.experiments.editable(actor, id);
		if (result.hasErrors()) {
			return promotionForm(experiment, model);
		}
		try {
			this.experiments.promote(actor, id, form);
			Flash.success(redirect, "flash.experiment.promoted");
			return "redirect:/experiments/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return promotionForm(experiment, model);
		}
	}

	@GetMapping("/import")
	String showImport() {
		return "experiment/import";
	}

	@PostMapping("/import")
	String importJournal(@RequestParam(required = false) MultipartFile journal,
			@RequestParam(required = false) String service, @AuthenticationPrincipal MemberPrincipal author,
			Model model, RedirectAttributes redirect) throws IOException {
		model.addAttribute("service", service);
		if (journal == null || journal.isEmpty()) {
			return importProblem(model, "journal", "experiment.import.missing");
		}
		if (journal.getSize() > ChaosToolkitJournal.MAX_BYTES) {
			return importProblem(model, "journal", "experiment.import.tooLarge");
		}
		try {
			Experiment experiment = this.experiments.importJournal(author, journal.getBytes(), service);
			Flash.success(redirect, "flash.experiment.imported", experiment.getTitle());
			return "redirect:/experiments/" + experiment.getId();
		}
		catch (RuleViolationException ex) {
			return importProblem(model, ex.field(), ex.code());
		}
	}

	/**
	 * A file beyond the server's upload limit never reaches the handler: say so on the
	 * page.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(Model model) {
		return importProblem(model, "journal", "experiment.import.tooLarge");
	}

	private static String importProblem(Model model, String field, String code) {
		model.addAttribute("problemField", field);
		model.addAttribute("problem", code);
		return "experiment/import";
	}

	private String experimentForm(Model model) {
		model.addAttribute("kinds", ExperimentKind.values());
		model.addAttribute("scopes", Scope.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "experiment/form";
	}

	private String conclusionForm(Experiment experiment, Model model) {
		model.addAttribute("subject", experiment);
		model.addAttribute("outcomes", Outcome.values());
		return "experiment/conclude";
	}

	private String promotionForm(Experiment experiment, Model model) {
		model.addAttribute("subject", experiment);
		model.addAttribute("outcomes", Outcome.values());
		return "experiment/promote";
	}

}
