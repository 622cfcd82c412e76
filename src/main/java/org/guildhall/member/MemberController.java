package org.guildhall.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Places;
import org.guildhall.web.RuleViolationException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/members")
class MemberController {

	private final MemberService members;

	private final MemberDirectory directory;

	private final Members accounts;

	private final SmartValidator validator;

	private final Clock clock;

	private final ObjectProvider<ProfileSection> sections;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	MemberController(MemberService members, MemberDirectory directory, Members accounts, SmartValidator validator,
			Clock clock, ObjectProvider<ProfileSection> sections) {
		this.members = members;
		this.directory = directory;
		this.accounts = accounts;
		this.validator = validator;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping
	String listMembers(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		DirectoryQuery query = DirectoryQuery.from(parameters);
		if (!viewer.isLead()) {
			query = query.activeOnly();
		}
		Page<DirectoryEntry> page = this.directory.directory(query);
		model.addAttribute("query", query);
		model.addAttribute("members", page.getContent());
		model.addAttribute("pages", PageLinks.of(page));
		model.addAttribute("filters", this.directory.directoryFilters());
		model.addAttribute("levels", SkillLevel.values());
		response.addHeader("Vary", "HX-Request");
		return (htmx != null) ? "member/list :: results" : "member/list";
	}

	@GetMapping("/{id}")
	String showMember(@PathVariable Long id, Model model) {
		model.addAttribute("profile", this.directory.profile(id));
		model.addAttribute("sections",
				this.sections.stream()
					.sorted(Comparator.comparingInt(ProfileSection::order))
					.map((section) -> section.contentsFor(id))
					.toList());
		return "member/detail";
	}

	@GetMapping("/new")
	String newMember(Model model) {
		model.addAttribute("member", MemberForm.blank(LocalDate.now(this.clock)));
		return memberForm(model);
	}

	@PostMapping("/new")
	String addMember(@ModelAttribute("member") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.validator.validate(form, result, Default.class, MemberForm.LeadFields.class);
		if (result.hasErrors()) {
			return memberForm(model);
		}
		try {
			Member member = this.members.add(form);
			Flash.success(redirect, "flash.member.added", member.getName());
			return "redirect:/members/" + member.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return memberForm(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editMember(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		model.addAttribute("member", this.members.editForm(actor, id));
		return memberForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateMember(@PathVariable Long id, @ModelAttribute("member") MemberForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		if (!id.equals(form.getId())) {
			throw new AccessDeniedException("The form was for member " + form.getId() + ", not " + id);
		}
		if (actor.isLead()) {
			this.validator.validate(form, result, Default.class, MemberForm.LeadFields.class);
		}
		else {
			this.validator.validate(form, result);
		}
		if (result.hasErrors()) {
			// The service decides who may edit; a form it never sees is refused here
			// alike.
			this.members.requireMayEdit(actor, id);
			return memberForm(model);
		}
		try {
			MemberService.Saved saved = this.members.update(actor, id, form);
			if (actor.is(id)) {
				refreshSignedInMember(id, request, response);
			}
			Flash.success(redirect, "flash.member.updated", saved.member().getName(), saved.sessionsEnded());
			return "redirect:/members/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return memberForm(model);
		}
	}

	@GetMapping("/{id}/skills")
	String editSkills(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model) {
		model.addAttribute("skills", this.members.skillsForm(actor, id));
		return skillsForm(id, model);
	}

	@PostMapping("/{id}/skills")
	String updateSkills(@PathVariable Long id, @Validated @ModelAttribute("skills") SkillsForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.members.requireMayEdit(actor, id);
			return skillsForm(id, model);
		}
		this.members.updateSkills(actor, id, form);
		Flash.success(redirect, "flash.member.skillsUpdated");
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivateMember(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor,
			RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "flash.member.deactivated", this.members.deactivate(actor, id));
		}
		catch (RuleViolationException ex) {
			Flash.warning(redirect, ex.code());
		}
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivateMember(@PathVariable Long id, RedirectAttributes redirect) {
		this.members.reactivate(id);
		Flash.success(redirect, "flash.member.reactivated");
		return "redirect:/members/" + id;
	}

	private String memberForm(Model model) {
		model.addAttribute("roles",
				Arrays.stream(Role.values()).map((role) -> new Places.Choice(role.name(), role.label())).toList());
		model.addAttribute("suggestions", this.directory.directoryFilters());
		return "member/form";
	}

	private String skillsForm(Long id, Model model) {
		model.addAttribute("memberId", id);
		model.addAttribute("memberName", this.members.find(id).getName());
		model.addAttribute("levels", SkillLevel.values());
		return "member/skills";
	}

	/**
	 * The navigation shows the signed-in name, and pages use the time zone just saved.
	 */
	private void refreshSignedInMember(Long id, HttpServletRequest request, HttpServletResponse response) {
		MemberPrincipal principal = this.accounts.principal(id);
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

}
