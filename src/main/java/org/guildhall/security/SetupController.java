package org.guildhall.security;

import org.guildhall.member.MemberService;
import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-time set-up of a fresh installation: it creates the first lead, and answers 404
 * as soon as any account exists.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final MemberService members;

	private final PasswordEncoder passwords;

	SetupController(MemberService members, PasswordEncoder passwords) {
		this.members = members;
		this.passwords = passwords;
	}

	@GetMapping
	String showSetup(Model model) {
		requireFreshInstallation();
		model.addAttribute("setup", SetupForm.blank());
		return "security/setup";
	}

	@PostMapping
	String createFirstLead(@Validated @ModelAttribute("setup") SetupForm form, BindingResult result,
			RedirectAttributes redirect) {
		requireFreshInstallation();
		if (!form.confirmed()) {
			result.rejectValue("confirmation", "password.confirmation");
		}
		if (result.hasErrors()) {
			return "security/setup";
		}
		try {
			return this.members
				.createFirstLead(form.name(), form.email(), form.country(), form.timeZone(),
						this.passwords.encode(form.password()))
				.map((lead) -> {
					Flash.success(redirect, "flash.setup.done", lead.getEmail());
					return "redirect:/login";
				})
				.orElseThrow(SetupController::setupDone);
		}
		catch (RuleViolationException ex) {
			result.rejectValue(ex.field(), ex.code());
			return "security/setup";
		}
	}

	private void requireFreshInstallation() {
		if (this.members.anyAccountExists()) {
			throw setupDone();
		}
	}

	private static ResponseStatusException setupDone() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
