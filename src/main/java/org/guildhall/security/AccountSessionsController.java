package org.guildhall.security;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own open sessions: where and when they signed in, and a way to end any of
 * them (a lost phone, a shared computer) or all but this one.
 */
@Controller
@RequestMapping("/account/sessions")
class AccountSessionsController {

	private final AccountSessions sessions;

	AccountSessionsController(AccountSessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping
	String showSessions(@AuthenticationPrincipal MemberPrincipal member, Model model) {
		model.addAttribute("sessions", this.sessions.list(member.id()));
		return "security/sessions";
	}

	@PostMapping("/end-others")
	String endOtherSessions(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		Flash.success(redirect, "flash.sessions.endedOthers",
				this.sessions.end(member.id(), SessionsEnded.Reason.BY_MEMBER));
		return "redirect:/account/sessions";
	}

	/**
	 * Only the member's own sessions can be named here: another's handle matches none.
	 */
	@PostMapping("/{handle}/end")
	String endSession(@PathVariable String handle, @AuthenticationPrincipal MemberPrincipal member,
			RedirectAttributes redirect) {
		if (this.sessions.endOne(member.id(), handle)) {
			Flash.success(redirect, "flash.sessions.ended");
		}
		else {
			Flash.warning(redirect, "flash.sessions.gone");
		}
		return "redirect:/account/sessions";
	}

}
