package org.guildhall.security;

import java.time.Clock;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.QueryParameters;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead's API tokens: create one (its secret shown once), list them, revoke one. */
@Controller
@RequestMapping("/metrics/tokens")
class TokenController {

	private final ApiTokens tokens;

	private final Clock clock;

	TokenController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	String showTokens(Model model) {
		if (!model.containsAttribute("token")) {
			model.addAttribute("token", new TokenForm());
		}
		return tokensPage(model);
	}

	@PostMapping
	String createToken(@Validated @ModelAttribute("token") TokenForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal lead, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.scopes().isEmpty()) {
			result.rejectValue("writeOutcomes", "token.scope.missing");
		}
		if (result.hasErrors()) {
			return tokensPage(model);
		}
		redirect.addFlashAttribute("created",
				this.tokens.create(form.getName(), form.scopes(), form.getValidDays(), lead.id()));
		return "redirect:/metrics/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revokeToken(@PathVariable String id, RedirectAttributes redirect) {
		Long tokenId = QueryParameters.id(id);
		if (tokenId == null || !this.tokens.exists(tokenId)) {
			throw new TokenNotFoundException(id);
		}
		this.tokens.revoke(tokenId);
		Flash.success(redirect, "flash.token.revoked");
		return "redirect:/metrics/tokens";
	}

	private String tokensPage(Model model) {
		model.addAttribute("tokens", this.tokens.recent());
		model.addAttribute("shownTokens", ApiTokens.SHOWN);
		model.addAttribute("now", this.clock.instant());
		return "security/tokens";
	}

	static class TokenNotFoundException extends org.guildhall.web.NotFoundException {

		TokenNotFoundException(String id) {
			super("API token " + id);
		}

	}

}
