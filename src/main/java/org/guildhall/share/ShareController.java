package org.guildhall.share;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.guildhall.experiment.Experiments;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Pickers;
import org.guildhall.web.QueryParameters;
import org.guildhall.web.RuleViolationException;

import org.springframework.data.domain.Page;
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
@RequestMapping("/shares")
class ShareController {

	/** How many recent experiments the form offers as a share's origin. */
	private static final int EXPERIMENT_CHOICES = 50;

	private final ShareService shares;

	private final SkillService skills;

	private final Experiments experiments;

	private final Clock clock;

	ShareController(ShareService shares, SkillService skills, Experiments experiments, Clock clock) {
		this.shares = shares;
		this.skills = skills;
		this.experiments = experiments;
		this.clock = clock;
	}

	@GetMapping
	String listShares(@RequestParam Map<String, String> parameters, Model model) {
		ShareKind kind = QueryParameters.constant(ShareKind.class, parameters.get("kind"));
		Long skill = QueryParameters.id(parameters.get("skill"));
		Long person = QueryParameters.id(parameters.get("person"));
		LocalDate from = QueryParameters.date(parameters.get("from"));
		LocalDate to = QueryParameters.date(parameters.get("to"));
		int page = QueryParameters.page(parameters.get("page"), ShareService.PAGE_SIZE);
		Page<ShareRow> rows = this.shares.page(kind, skill, person, from, to, page);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pages", PageLinks.of(rows));
		model.addAttribute("kind", kind);
		model.addAttribute("skill", skill);
		model.addAttribute("person", person);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("filtered", kind != null || skill != null || person != null || from != null || to != null);
		model.addAttribute("kinds", ShareKind.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "share/list";
	}

	@GetMapping("/{id}")
	String showShare(@PathVariable Long id, Model model) {
		model.addAttribute("row", this.shares.view(id));
		return "share/detail";
	}

	@GetMapping("/new")
	String newShare(@RequestParam(required = false) Long experiment, Model model) {
		model.addAttribute("share", ShareForm.blank(LocalDate.now(this.clock), experiment));
		return shareForm(model);
	}

	@PostMapping("/new")
	String addShare(@Validated @ModelAttribute("share") ShareForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal author, Model model, RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "share", form) || result.hasErrors()) {
			return shareForm(model);
		}
		try {
			KnowledgeShare share = this.shares.share(author, form);
			Flash.success(redirect, "flash.share.added", share.getTitle());
			return "redirect:/shares/" + share.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return shareForm(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editShare(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		model.addAttribute("share", this.shares.editForm(actor, id));
		return shareForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateShare(@PathVariable Long id, @Validated @ModelAttribute("share") ShareForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect) {
		this.shares.editable(actor, id);
		if (Pickers.searchStep(model, "share", form) || result.hasErrors()) {
			return shareForm(model);
		}
		try {
			KnowledgeShare share = this.shares.update(actor, id, form);
			Flash.success(redirect, "flash.share.updated", share.getTitle());
			return "redirect:/shares/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return shareForm(model);
		}
	}

	private String shareForm(Model model) {
		model.addAttribute("kinds", ShareKind.values());
		model.addAttribute("skills", this.skills.catalogue());
		model.addAttribute("experiments", this.experiments.recent(EXPERIMENT_CHOICES));
		return "share/form";
	}

}
