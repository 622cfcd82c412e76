package org.guildhall.security;

import java.time.Instant;
import java.util.Optional;

import org.guildhall.member.Members;
import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
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
 * The one-time set-up of a fresh installation: whoever holds the set-up code from the
 * start-up log creates the first lead. A wrong code counts like a failed sign-in, and the
 * page answers 404 as soon as any account exists.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final Members members;

	private final PasswordEncoder passwords;

	private final SetupCode code;

	private final SignInThrottle throttle;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	SetupController(Members members, PasswordEncoder passwords, SetupCode code, SignInThrottle throttle,
			PasswordPolicy policy, ApplicationEventPublisher events) {
		this.members = members;
		this.passwords = passwords;
		this.code = code;
		this.throttle = throttle;
		this.policy = policy;
		this.events = events;
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
		if (!result.hasFieldErrors("code")) {
			checkCode(form.code(), result);
		}
		if (!form.confirmed()) {
			result.rejectValue("confirmation", "password.confirmation");
		}
		this.policy.problemWith(form.password(), form.email(), form.name())
			.ifPresent((problem) -> result.rejectValue("password", problem));
		if (result.hasErrors()) {
			return "security/setup";
		}
		try {
			return this.members
				.createFirstLead(form.name(), form.email(), form.country(), form.timeZone(),
						this.passwords.encode(form.password()))
				.map((lead) -> {
					this.events.publishEvent(new FirstLeadCreated(lead.id(), lead.email()));
					Flash.success(redirect, "flash.setup.done", lead.email());
					return "redirect:/login";
				})
				.orElseThrow(SetupController::setupDone);
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "security/setup";
		}
	}

	/**
	 * Counted before it is compared, so that guessing the code waits like guessing a
	 * password.
	 */
	private void checkCode(String typed, BindingResult result) {
		Optional<Instant> waitUntil = this.throttle.admit(SignInThrottle.SET_UP);
		if (waitUntil.isPresent()) {
			result.rejectValue("code", "setup.code.waiting");
		}
		else if (this.code.matches(typed)) {
			this.throttle.reset(SignInThrottle.SET_UP);
		}
		else {
			this.throttle.failed(SignInThrottle.SET_UP)
				.ifPresent((until) -> this.events.publishEvent(AccountLocked.locked(null, "set-up code", until)));
			result.rejectValue("code", "setup.code.wrong");
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
