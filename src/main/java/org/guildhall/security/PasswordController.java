package org.guildhall.security;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.Flash;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in member changes their own password; their other sessions end, the one they
 * did it in stays.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final Members members;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	PasswordController(Members members, PasswordEncoder passwords, PasswordPolicy policy, AccountSessions sessions,
			ApplicationEventPublisher events) {
		this.members = members;
		this.passwords = passwords;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
	}

	@GetMapping
	String showPasswordChange(Model model) {
		model.addAttribute("password", PasswordChangeForm.blank());
		return "security/password";
	}

	@PostMapping
	String changePassword(@Validated @ModelAttribute("password") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		MemberPrincipal current = this.members.principal(actor.id());
		if (form.currentPassword() != null && !form.currentPassword().isEmpty()
				&& (current.getPassword() == null || form.currentPassword().length() > PasswordRules.MAX_LENGTH
						|| !this.passwords.matches(form.currentPassword(), current.getPassword()))) {
			result.rejectValue("currentPassword", "password.current.wrong");
		}
		if (!form.confirmed()) {
			result.rejectValue("confirmation", "password.confirmation");
		}
		this.policy.problemWith(form.password(), current.getUsername(), current.name())
			.ifPresent((code) -> result.rejectValue("password", code));
		if (result.hasErrors()) {
			return "security/password";
		}
		this.members.changePasswordHash(actor.id(), this.passwords.encode(form.password()));
		this.events.publishEvent(new PasswordChanged(actor.id(), current.getUsername()));
		int ended = this.sessions.end(actor.id(), SessionsEnded.Reason.PASSWORD_CHANGED);
		Flash.success(redirect, "flash.password.changed", ended);
		return "redirect:/members/" + actor.id();
	}

}
