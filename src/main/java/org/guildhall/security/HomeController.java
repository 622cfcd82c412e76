package org.guildhall.security;

import org.guildhall.member.MemberPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where each role lands after signing in.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal MemberPrincipal member) {
		return switch (member.role()) {
			case LEAD -> "redirect:/members";
			case MANAGER -> "redirect:/okrs/dashboard";
			case MEMBER -> "redirect:/members/" + member.id();
		};
	}

}
