package org.guildhall.security;

import java.util.List;
import java.util.Map;

import org.guildhall.member.Members;
import org.guildhall.web.Flash;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The members whose sign-in waits after too many failed attempts; a lead frees one at
 * once (after making sure it was really them).
 */
@Controller
@RequestMapping("/accounts/locked")
class LockedAccountsController {

	private final SignInThrottle throttle;

	private final Members members;

	private final ApplicationEventPublisher events;

	LockedAccountsController(SignInThrottle throttle, Members members, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.members = members;
		this.events = events;
	}

	@GetMapping
	String showLockedAccounts(Model model) {
		List<SignInThrottle.Lock> locks = this.throttle.locked();
		Map<Long, String> names = this.members.namesOf(locks.stream().map(SignInThrottle.Lock::memberId).toList());
		model.addAttribute("locks",
				locks.stream().map((lock) -> new LockedAccount(lock, names.get(lock.memberId()))).toList());
		return "security/locked";
	}

	@PostMapping("/{id}/unlock")
	String unlockAccount(@PathVariable Long id, RedirectAttributes redirect) {
		this.throttle.unlock(id).ifPresentOrElse((memberId) -> {
			this.events.publishEvent(AccountLocked.unlocked(memberId, this.members.account(memberId).email()));
			Flash.success(redirect, "flash.accounts.unlocked");
		}, () -> Flash.warning(redirect, "flash.accounts.notLocked"));
		return "redirect:/accounts/locked";
	}

	/** A locked account with the name of its member. */
	record LockedAccount(SignInThrottle.Lock lock, String name) {
	}

}
