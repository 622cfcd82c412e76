package org.guildhall.survey;

import java.util.Map;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.session.SessionFormat;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.QueryParameters;
import org.guildhall.web.RuleViolationException;

import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/surveys")
class SurveyController {

	private final SurveyService surveys;

	private final SurveyResults results;

	private final SkillService skills;

	SurveyController(SurveyService surveys, SurveyResults results, SkillService skills) {
		this.surveys = surveys;
		this.results = results;
		this.skills = skills;
	}

	@GetMapping
	String listRounds(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		if (!model.containsAttribute("round")) {
			model.addAttribute("round", new RoundForm());
		}
		return roundsPage(QueryParameters.page(parameters.get("page"), SurveyService.PAGE_SIZE), viewer, model);
	}

	@PostMapping("/new")
	String openRound(@Validated @ModelAttribute("round") RoundForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal lead, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SurveyRound round = this.surveys.open(lead, form);
				Flash.success(redirect, "flash.survey.opened", round.getTitle());
				return "redirect:/surveys/" + round.getId();
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		return roundsPage(1, lead, model);
	}

	/**
	 * The canvas's Expectations block links here: the newest round, or the list when
	 * there is none.
	 */
	@GetMapping("/latest")
	String latestRound() {
		return this.surveys.latest().map((round) -> "redirect:/surveys/" + round.getId()).orElse("redirect:/surveys");
	}

	@GetMapping("/{id}")
	String showResults(@PathVariable Long id, @RequestParam Map<String, String> parameters,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		SurveyResults.Results results = this.results.results(id,
				QueryParameters.page(parameters.get("page"), SurveyService.PAGE_SIZE));
		model.addAttribute("results", results);
		model.addAttribute("r", results.round());
		model.addAttribute("pages", PageLinks.of(results.expectations()));
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("answered", this.surveys.hasAnswered(id, viewer.id()));
		return "survey/results";
	}

	@PostMapping("/{id}/close")
	String closeRound(@PathVariable Long id, RedirectAttributes redirect) {
		this.surveys.close(id);
		Flash.success(redirect, "flash.survey.closed");
		return "redirect:/surveys/" + id;
	}

	@GetMapping("/{id}/answer")
	String showAnswerForm(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal member, Model model,
			RedirectAttributes redirect) {
		SurveyRound round = this.surveys.round(id);
		if (!round.isOpen() || this.surveys.hasAnswered(id, member.id())) {
			Flash.warning(redirect, round.isOpen() ? "survey.answered" : "survey.closed");
			return "redirect:/surveys/" + id;
		}
		model.addAttribute("answer", new AnswerForm());
		return answerForm(round, model);
	}

	@PostMapping("/{id}/answer")
	String giveAnswer(@PathVariable Long id, @Validated @ModelAttribute("answer") AnswerForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal member, Model model, RedirectAttributes redirect) {
		SurveyRound round = this.surveys.round(id);
		if (!result.hasErrors()) {
			try {
				this.surveys.answer(member, id, form);
				Flash.success(redirect, "flash.survey.answered");
				return "redirect:/surveys/" + id;
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		return answerForm(round, model);
	}

	@PostMapping("/answers/{answerId}/backlog-item")
	String turnIntoBacklogItem(@PathVariable Long answerId, @AuthenticationPrincipal MemberPrincipal lead,
			RedirectAttributes redirect) {
		Long item = this.results.turnIntoBacklogItem(lead, answerId);
		Flash.success(redirect, "flash.survey.backlogItem");
		return "redirect:/backlog/" + item;
	}

	private String roundsPage(int page, MemberPrincipal viewer, Model model) {
		Page<SurveyRound> rounds = this.surveys.page(page);
		model.addAttribute("rounds", rounds.getContent());
		model.addAttribute("pages", PageLinks.of(rounds));
		SurveyRound open = this.surveys.openRound().orElse(null);
		model.addAttribute("open", open);
		model.addAttribute("answeredOpen", open != null && this.surveys.hasAnswered(open.getId(), viewer.id()));
		return "survey/list";
	}

	private String answerForm(SurveyRound round, Model model) {
		model.addAttribute("r", round);
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "survey/answer";
	}

}
