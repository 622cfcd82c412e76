package org.guildhall.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.member.MemberAccount;
import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A lead creates a sign-in link for a member and hands it over; the member opens it and
 * sets a password.
 */
@Controller
class SignInLinkController {

	private final SignInLinkService links;

	private final PasswordPolicy policy;

	SignInLinkController(SignInLinkService links, PasswordPolicy policy) {
		this.links = links;
		this.policy = policy;
	}

	@PostMapping("/members/{id}/sign-in-link")
	String issueSignInLink(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			SignInLinkService.IssuedLink link = this.links.issue(id);
			redirect.addFlashAttribute("link", link);
			redirect.addFlashAttribute("linkUrl",
					ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/sign-in-links/{token}")
						.buildAndExpand(link.token())
						.toUriString());
			return "redirect:/members/" + id + "/sign-in-link";
		}
		catch (RuleViolationException ex) {
			Flash.warning(redirect, ex.code());
			return "redirect:/members/" + id;
		}
	}

	/** Shows a link just created, once: the flash attribute is gone on reload. */
	@GetMapping("/members/{id}/sign-in-link")
	String showIssuedLink(@PathVariable Long id, Model model) {
		if (!model.containsAttribute("link")) {
			return "redirect:/members/" + id;
		}
		model.addAttribute("memberId", id);
		return "security/sign-in-link";
	}

	@GetMapping("/sign-in-links/{token}")
	String showSetPassword(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.links.memberFor(token).map((member) -> {
			model.addAttribute("memberName", member.name());
			model.addAttribute("token", token);
			model.addAttribute("password", NewPasswordForm.blank());
			return "security/set-password";
		}).orElseGet(() -> linkUnusable(response));
	}

	@PostMapping("/sign-in-links/{token}")
	String setPassword(@PathVariable String token, @Validated @ModelAttribute("password") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<MemberAccount> member = this.links.memberFor(token);
		if (member.isEmpty()) {
			this.links.refuse(token);
			return linkUnusable(response);
		}
		if (!form.confirmed()) {
			result.rejectValue("confirmation", "password.confirmation");
		}
		this.policy.problemWith(form.password(), member.get().email(), member.get().name())
			.ifPresent((code) -> result.rejectValue("password", code));
		if (result.hasErrors()) {
			model.addAttribute("memberName", member.get().name());
			model.addAttribute("token", token);
			return "security/set-password";
		}
		return this.links.setPassword(token, form.password()).map((ended) -> {
			Flash.success(redirect, "flash.password.set", ended);
			return "redirect:/login";
		}).orElseGet(() -> linkUnusable(response));
	}

	private static String linkUnusable(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "security/link-unusable";
	}

}
