package org.guildhall.security;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.MemberService;
import org.guildhall.web.Flash;

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
 * A signed-in member changes their own password.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final MemberService members;

	private final PasswordEncoder passwords;

	PasswordController(MemberService members, PasswordEncoder passwords) {
		this.members = members;
		this.passwords = passwords;
	}

	@GetMapping
	String showPasswordChange(Model model) {
		model.addAttribute("password", PasswordChangeForm.blank());
		return "security/password";
	}

	@PostMapping
	String changePassword(@Validated @ModelAttribute("password") PasswordChangeForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		String currentHash = this.members.principal(actor.id()).getPassword();
		if (form.currentPassword() != null && !form.currentPassword().isEmpty()
				&& (currentHash == null || !this.passwords.matches(form.currentPassword(), currentHash))) {
			result.rejectValue("currentPassword", "password.current.wrong");
		}
		if (!form.confirmed()) {
			result.rejectValue("confirmation", "password.confirmation");
		}
		if (result.hasErrors()) {
			return "security/password";
		}
		this.members.changePasswordHash(actor.id(), this.passwords.encode(form.password()));
		Flash.success(redirect, "flash.password.changed");
		return "redirect:/members/" + actor.id();
	}

}
