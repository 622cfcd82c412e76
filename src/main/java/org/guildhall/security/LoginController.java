package org.guildhall.security;

import org.guildhall.member.Members;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final Members members;

	LoginController(Members members) {
		this.members = members;
	}

	/**
	 * On a fresh installation nobody can sign in yet, so the first visit sets Guildhall
	 * up.
	 */
	@GetMapping("/login")
	String showLogin() {
		return this.members.anyAccountExists() ? "security/login" : "redirect:/setup";
	}

}
