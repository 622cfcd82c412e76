package org.guildhall.backlog;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Pickers;
import org.guildhall.web.ReturnPath;
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
@RequestMapping("/backlog")
class BacklogController {

	private final BacklogService backlog;

	private final BacklogList list;

	private final SkillService skills;

	BacklogController(BacklogService backlog, BacklogList list, SkillService skills) {
		this.backlog = backlog;
		this.list = list;
		this.skills = skills;
	}

	@GetMapping
	String listBacklog(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model, HttpServletRequest request) {
		model.addAttribute("here", (request.getQueryString() != null)
				? request.getRequestURI() + "?" + request.getQueryString() : request.getRequestURI());
		if ("board".equals(parameters.get("view"))) {
			model.addAttribute("columns", this.list.board(viewer));
			return "backlog/board";
		}
		BacklogQuery query = BacklogQuery.from(parameters);
		Page<BacklogRow> page = this.list.page(query, viewer);
		model.addAttribute("query", query);
		model.addAttribute("rows", page.getContent());
		model.addAttribute("pages", PageLinks.of(page));
		model.addAttribute("types", BacklogItemType.values());
		model.addAttribute("statuses", BacklogStatus.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "backlog/list";
	}

	@GetMapping("/{id}")
	String showItem(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		model.addAttribute("row", this.list.view(id, viewer));
		model.addAttribute("statuses", BacklogStatus.BOARD);
		return "backlog/detail";
	}

	@GetMapping("/new")
	String newItem(@RequestParam(required = false) String type, Model model) {
		BacklogItemForm form = new BacklogItemForm();
		form.setType(BacklogQuery.from(Map.of("type", (type != null) ? type : "")).type());
		model.addAttribute("item", form);
		return itemForm(model);
	}

	@PostMapping("/new")
	String raiseItem(@Validated @ModelAttribute("item") BacklogItemForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "item", form) || result.hasErrors()) {
			return itemForm(model);
		}
		try {
			BacklogItem item = this.backlog.raise(actor, form);
			Flash.success(redirect, "flash.backlog.raised", item.getTitle());
			return "redirect:/backlog/" + item.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return itemForm(model);
		}
	}

	@PostMapping("/skill-gaps")
	String raiseSkillGap(@RequestParam Long skill, @AuthenticationPrincipal MemberPrincipal lead,
			RedirectAttributes redirect) {
		BacklogItem item = this.backlog.raiseSkillGap(lead, skill);
		Flash.success(redirect, "flash.backlog.raised", item.getTitle());
		return "redirect:/backlog/" + item.getId();
	}

	@GetMapping("/{id}/edit")
	String editItem(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		model.addAttribute("item", this.backlog.editForm(actor, id));
		return itemForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateItem(@PathVariable Long id, @Validated @ModelAttribute("item") BacklogItemForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		this.backlog.editable(actor, id);
		if (Pickers.searchStep(model, "item", form) || result.hasErrors()) {
			return itemForm(model);
		}
		try {
			BacklogItem item = this.backlog.update(actor, id, form);
			Flash.success(redirect, "flash.backlog.updated", item.getTitle());
			return "redirect:/backlog/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return itemForm(model);
		}
	}

	@PostMapping("/{id}/status")
	String moveItem(@PathVariable Long id, @RequestParam(required = false) String status,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		BacklogStatus target = BacklogStatus.BOARD.stream()
			.filter((candidate) -> candidate.name().equals(status))
			.findFirst()
			.orElse(null);
		if (target == null) {
			Flash.warning(redirect, "backlog.status.unknown");
		}
		else {
			this.backlog.moveTo(actor, id, target);
			Flash.success(redirect, "flash.backlog.moved", target.label());
		}
		return "redirect:/backlog/" + id;
	}

	@PostMapping("/{id}/drop")
	String dropItem(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		Flash.attempt(redirect, "flash.backlog.dropped", () -> this.backlog.drop(actor, id, reason));
		return "redirect:/backlog/" + id;
	}

	@PostMapping("/{id}/vote")
	String voteForItem(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal voter,
			@RequestParam(required = false) String back) {
		this.backlog.vote(voter, id);
		return "redirect:" + backTo(back, id);
	}

	@PostMapping("/{id}/unvote")
	String takeBackVote(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal voter,
			@RequestParam(required = false) String back) {
		this.backlog.takeBackVote(voter, id);
		return "redirect:" + backTo(back, id);
	}

	@PostMapping("/{id}/move")
	String reorderItem(@PathVariable Long id, @RequestParam(required = false) String direction,
			@RequestParam(required = false) String back) {
		this.backlog.move(id, !"down".equals(direction));
		return "redirect:" + backTo(back, id);
	}

	/** Only a path inside the backlog: a redirect never leaves Guildhall. */
	private static String backTo(String back, Long id) {
		return ReturnPath.under("/backlog", back, "/backlog/" + id);
	}

	private String itemForm(Model model) {
		model.addAttribute("types", BacklogItemType.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "backlog/form";
	}

}
