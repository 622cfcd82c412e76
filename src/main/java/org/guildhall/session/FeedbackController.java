package org.guildhall.session;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

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

/**
 * Session feedback: the attendee's form, and the NPS page.
 */
@Controller
@RequestMapping("/sessions")
class FeedbackController {

	private final FeedbackService feedback;

	FeedbackController(FeedbackService feedback) {
		this.feedback = feedback;
	}

	@GetMapping("/{id}/feedback")
	String showFeedbackForm(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal attendee, Model model,
			RedirectAttributes redirect) {
		try {
			CommunitySession session = this.feedback.answerable(attendee, id);
			SessionFeedback answer = this.feedback.answerOf(attendee.id(), id).orElse(null);
			model.addAttribute("answer", answer);
			model.addAttribute("feedback", FeedbackForm.from(answer));
			model.addAttribute("s", session);
			return "session/feedback";
		}
		catch (SessionRuleException ex) {
			Flash.warning(redirect, ex.code());
			return "redirect:/sessions/" + id;
		}
	}

	@PostMapping("/{id}/feedback")
	String giveFeedback(@PathVariable Long id, @Validated @ModelAttribute("feedback") FeedbackForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal attendee, Model model,
			RedirectAttributes redirect) {
		CommunitySession session;
		try {
			session = this.feedback.answerable(attendee, id);
		}
		catch (SessionRuleException ex) {
			Flash.warning(redirect, ex.code());
			return "redirect:/sessions/" + id;
		}
		if (!result.hasErrors()) {
			try {
				this.feedback.give(attendee, id, form);
				Flash.success(redirect, "flash.feedback.given");
				return "redirect:/sessions/" + id;
			}
			catch (RuleViolationException ex) {
				result.reject(ex.code());
			}
		}
		model.addAttribute("answer", this.feedback.answerOf(attendee.id(), id).orElse(null));
		model.addAttribute("s", session);
		return "session/feedback";
	}

	@GetMapping("/nps")
	String showNps(Model model) {
		model.addAttribute("report", this.feedback.report());
		model.addAttribute("formats", SessionFormat.values());
		return "session/nps";
	}

}
