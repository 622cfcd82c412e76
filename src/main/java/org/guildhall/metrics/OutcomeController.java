package org.guildhall.metrics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lead recording outcome measures by hand or from a CSV file. */
@Controller
@RequestMapping("/metrics/outcomes")
class OutcomeController {

	/** A monthly report of every service fits well below this. */
	static final long MAX_CSV_BYTES = 1024 * 1024;

	private final OutcomeService outcomes;

	private final OutcomeImport imports;

	private final MetricsService metrics;

	OutcomeController(OutcomeService outcomes, OutcomeImport imports, MetricsService metrics) {
		this.outcomes = outcomes;
		this.imports = imports;
		this.metrics = metrics;
	}

	@GetMapping("/new")
	String newOutcome(Model model) {
		model.addAttribute("outcome", OutcomeForm.blank(this.metrics.today()));
		return outcomeForm(model);
	}

	@PostMapping("/new")
	String recordOutcome(@Validated @ModelAttribute("outcome") OutcomeForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal lead, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			form.toRecord().problems().forEach((field, code) -> {
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, code);
				}
			});
		}
		if (result.hasErrors()) {
			return outcomeForm(model);
		}
		this.outcomes.record(form.toRecord(), OutcomeOrigin.MANUAL, lead.id(), null);
		Flash.success(redirect, "flash.outcome.recorded", form.getMeasure().label());
		return "redirect:/metrics/outcomes#recorded";
	}

	@GetMapping("/import")
	String showImport(Model model) {
		return importPage(model);
	}

	@PostMapping("/import")
	String importCsv(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal MemberPrincipal lead,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			return importProblem(model, "outcome.import.missing");
		}
		if (file.getSize() > MAX_CSV_BYTES) {
			return importProblem(model, "outcome.import.tooLarge");
		}
		OutcomeImport.ImportReport report;
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			report = this.imports.importCsv(csv, lead.id());
		}
		if (report.refusal() != null) {
			return importProblem(model, report.refusal());
		}
		if (report.imported()) {
			Flash.success(redirect, "flash.outcome.imported", report.rows().size());
			return "redirect:/metrics/outcomes#recorded";
		}
		model.addAttribute("report", report);
		return importPage(model);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(Model model) {
		return importProblem(model, "outcome.import.tooLarge");
	}

	private String importProblem(Model model, String code) {
		model.addAttribute("problem", code);
		return importPage(model);
	}

	private String importPage(Model model) {
		model.addAttribute("columns", OutcomeImport.COLUMNS);
		model.addAttribute("measures", OutcomeMeasure.values());
		return "metrics/import";
	}

	private String outcomeForm(Model model) {
		model.addAttribute("measures", OutcomeMeasure.values());
		model.addAttribute("units", this.metrics.businessUnits());
		return "metrics/outcome-form";
	}

}
