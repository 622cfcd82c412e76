package org.guildhall.league;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.web.Flash;
import org.guildhall.web.Pickers;
import org.guildhall.web.QueryParameters;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pairings: asking for one, the lead's approval and the waiting list, check-ins, raising
 * a skill, completing and ending.
 */
@Controller
@RequestMapping("/league/pairings")
class PairingController {

	private final PairingService pairings;

	private final PairingLists lists;

	private final PairingProgress progress;

	private final MatchService matches;

	private final Members members;

	private final SkillService skills;

	private final Clock clock;

	PairingController(PairingService pairings, PairingLists lists, PairingProgress progress, MatchService matches,
			Members members, SkillService skills, Clock clock) {
		this.pairings = pairings;
		this.lists = lists;
		this.progress = progress;
		this.matches = matches;
		this.members = members;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping
	String listPairings(@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		PairingList none = new PairingList(List.of(), 0);
		PairingList mine = this.lists.pairingsOf(viewer.id());
		PairingList waiting = viewer.isLead() ? this.lists.waiting() : none;
		PairingList toApprove = viewer.isLead() ? this.lists.awaitingApproval() : none;
		Set<Long> people = new HashSet<>();
		for (PairingList list : List.of(mine, waiting, toApprove)) {
			list.shown().forEach((p) -> {
				people.add(p.getSidekickId());
				if (p.getHeroId() != null) {
					people.add(p.getHeroId());
				}
			});
		}
		model.addAttribute("mine", mine);
		model.addAttribute("waiting", waiting);
		model.addAttribute("toApprove", toApprove);
		model.addAttribute("names", this.members.namesOf(people));
		model.addAttribute("skillNames", skillNames(mine.shown(), waiting.shown(), toApprove.shown()));
		return "league/pairings";
	}

	@GetMapping("/new")
	String newPairing(@RequestParam(required = false) String hero, @RequestParam(required = false) String sidekick,
			@RequestParam(required = false) List<String> skill, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		Long sidekickId = QueryParameters.id(sidekick);
		Long who = (sidekickId != null) ? sidekickId : viewer.id();
		Map<Long, Integer> levels = this.members.skillLevelsOf(List.of(who)).getOrDefault(who, Map.of());
		List<PairingForm.GoalLine> goals = new ArrayList<>();
		if (skill != null) {
			skill.stream()
				.map(QueryParameters::id)
				.filter((id) -> id != null)
				.distinct()
				.limit(PairingForm.GOAL_ROWS)
				.forEach((id) -> goals.add(new PairingForm.GoalLine(id, Math.min(levels.getOrDefault(id, 0) + 2, 5))));
		}
		model.addAttribute("pairing", PairingForm.blank(QueryParameters.id(hero), sidekickId, goals));
		return pairingForm(model);
	}

	@PostMapping("/new")
	String requestPairing(@Validated @ModelAttribute("pairing") PairingForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect) {
		if (!Pickers.searchStep(model, "pairing", form) && !result.hasErrors()) {
			try {
				Pairing pairing = this.pairings.request(actor, form);
				Flash.success(redirect, (pairing.getStatus() == PairingStatus.ACTIVE) ? "flash.pairing.started"
						: (pairing.getHeroId() == null) ? "flash.pairing.waiting" : "flash.pairing.requested");
				return "redirect:/league/pairings/" + pairing.getId();
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		form.fillGoalRows();
		return pairingForm(model);
	}

	@GetMapping("/{id}")
	String showPairing(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		Pairing pairing = this.pairings.find(id);
		boolean party = pairing.involves(viewer.id());
		Set<Long> people = new HashSet<>(List.of(pairing.getSidekickId(), pairing.getRequestedBy()));
		if (pairing.getHeroId() != null) {
			people.add(pairing.getHeroId());
		}
		model.addAttribute("p", pairing);
		model.addAttribute("party", party);
		model.addAttribute("isHero", viewer.is(pairing.getHeroId()));
		model.addAttribute("mayReadNotes", party || viewer.isLead());
		model.addAttribute("names", this.members.namesOf(people));
		model.addAttribute("skillNames",
				this.skills.namesOf(pairing.getGoals().stream().map(PairingGoal::getSkillId).toList()));
		model.addAttribute("checkIns", (party || viewer.isLead()) ? this.lists.checkInsOf(id) : List.of());
		model.addAttribute("raises", this.lists.raisesOf(id));
		if (!model.containsAttribute("checkIn")) {
			model.addAttribute("checkIn", CheckInForm.on(LocalDate.now(this.clock.withZone(viewer.timeZone()))));
		}
		if (viewer.isLead() && pairing.getHeroId() == null && pairing.getStatus() == PairingStatus.REQUESTED) {
			model.addAttribute("heroSuggestions", this.matches.suggestionsFor(pairing.getSidekickId(),
					new HashSet<>(pairing.getGoals().stream().map(PairingGoal::getSkillId).toList())));
		}
		return "league/pairing";
	}

	@PostMapping("/{id}/approve")
	String approvePairing(@PathVariable Long id, @RequestParam(required = false) String hero,
			@AuthenticationPrincipal MemberPrincipal lead, RedirectAttributes redirect) {
		Flash.attempt(redirect, "flash.pairing.approved",
				() -> this.pairings.approve(lead, id, QueryParameters.id(hero)));
		return "redirect:/league/pairings/" + id;
	}

	@PostMapping("/{id}/decline")
	String declinePairing(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal MemberPrincipal lead, RedirectAttributes redirect) {
		Flash.attempt(redirect, "flash.pairing.declined", () -> this.pairings.decline(lead, id, reason));
		return "redirect:/league/pairings/" + id;
	}

	@PostMapping("/{id}/check-ins")
	String checkIn(@PathVariable Long id, @Validated @ModelAttribute("checkIn") CheckInForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect) {
		return progress(id, form, result, actor, model, redirect, false);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable Long id, @Validated @ModelAttribute("checkIn") CheckInForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal actor, Model model, RedirectAttributes redirect) {
		return progress(id, form, result, actor, model, redirect, true);
	}

	@PostMapping("/{id}/end")
	String endPairing(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal MemberPrincipal actor, RedirectAttributes redirect) {
		Flash.attempt(redirect, "flash.pairing.ended", () -> this.pairings.endEarly(actor, id, reason));
		return "redirect:/league/pairings/" + id;
	}

	@GetMapping("/assignments")
	String proposeAssignments(Model model) {
		PairingList waiting = this.lists.waiting();
		List<MatchService.Proposal> proposals = this.matches.proposeFor(waiting.shown());
		Set<Long> skillIds = new HashSet<>();
		proposals.forEach((p) -> p.pairing().getGoals().forEach((goal) -> skillIds.add(goal.getSkillId())));
		model.addAttribute("proposals", proposals);
		model.addAttribute("waiting", waiting.total());
		model.addAttribute("skillNames", this.skills.namesOf(skillIds));
		model.addAttribute("totalScore",
				proposals.stream()
					.filter((p) -> p.suggestion() != null)
					.mapToInt((p) -> p.suggestion().score().total())
					.sum());
		return "league/assignments";
	}

	@PostMapping("/assignments")
	String confirmAssignments(@RequestParam Map<String, String> parameters,
			@AuthenticationPrincipal MemberPrincipal lead, RedirectAttributes redirect) {
		Map<Long, Long> heroByPairing = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("hero-")) {
				Long pairing = QueryParameters.id(name.substring("hero-".length()));
				Long hero = QueryParameters.id(value);
				if (pairing != null && hero != null) {
					heroByPairing.put(pairing, hero);
				}
			}
		});
		MatchService.Confirmed confirmed = this.matches.confirm(lead, heroByPairing);
		if (confirmed.refused().isEmpty()) {
			Flash.success(redirect, "flash.pairing.assigned", confirmed.started());
		}
		else {
			Flash.warning(redirect, "flash.pairing.assignedPartly", confirmed.started(), confirmed.refused().size());
		}
		return "redirect:/league/pairings";
	}

	private String progress(Long id, CheckInForm form, BindingResult result, MemberPrincipal actor, Model model,
			RedirectAttributes redirect, boolean closing) {
		if (result.hasErrors()) {
			// The service refuses anyone but the pair; a form it never sees alike.
			this.progress.partOf(actor, id);
		}
		else {
			try {
				if (closing) {
					this.progress.complete(actor, id, form);
					Flash.success(redirect, "flash.pairing.completed");
				}
				else {
					this.progress.checkIn(actor, id, form);
					Flash.success(redirect, "flash.pairing.checkedIn");
				}
				return "redirect:/league/pairings/" + id;
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		model.addAttribute("closing", closing);
		return showPairing(id, actor, model);
	}

	private String pairingForm(Model model) {
		model.addAttribute("catalogue", this.skills.catalogue());
		model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
		return "league/request";
	}

	private Map<Long, String> skillNames(List<Pairing> mine, List<Pairing> waiting, List<Pairing> toApprove) {
		Set<Long> ids = new HashSet<>();
		for (List<Pairing> list : List.of(mine, waiting, toApprove)) {
			list.forEach((p) -> p.getGoals().forEach((goal) -> ids.add(goal.getSkillId())));
		}
		return this.skills.namesOf(ids);
	}

}
