package org.guildhall.league;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.web.Flash;
import org.guildhall.web.Link;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.QueryParameters;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The league as members see it: their own page, someone else's, the rules, the season's
 * tables, suggestions of heroes, and their league settings.
 */
@Controller
@RequestMapping("/league")
class LeagueController {

	private static final int RECENT_POINTS = 10;

	private final LeagueStandings standings;

	private final PairingLists pairings;

	private final HeroCapacities capacities;

	private final MatchService matches;

	private final Members members;

	private final SkillService skills;

	private final Clock clock;

	LeagueController(LeagueStandings standings, PairingLists pairings, HeroCapacities capacities, MatchService matches,
			Members members, SkillService skills, Clock clock) {
		this.standings = standings;
		this.pairings = pairings;
		this.capacities = capacities;
		this.matches = matches;
		this.members = members;
		this.skills = skills;
		this.clock = clock;
	}

	@GetMapping
	String showOwnPage(@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		return memberPage(viewer.id(), viewer, model);
	}

	@GetMapping("/members/{id}")
	String showMemberPage(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		if (!viewer.is(id) && this.standings.hasOptedOut(id)) {
			throw new OptedOutException(id);
		}
		return memberPage(id, viewer, model);
	}

	@GetMapping("/rules")
	String showRules(Model model) {
		model.addAttribute("rules", PointRule.values());
		model.addAttribute("levels", LeagueLevel.values());
		model.addAttribute("badges", Badge.values());
		return "league/rules";
	}

	@GetMapping("/tables")
	String showTables(@RequestParam(required = false) String season, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		Season shown = Season.parse(season).orElse(Season.of(LocalDate.now(this.clock)));
		model.addAttribute("season", shown);
		model.addAttribute("around", this.standings.around(viewer.id(), shown));
		model.addAttribute("entrants", this.standings.entrants(shown));
		model.addAttribute("teams", this.standings.teams(shown));
		model.addAttribute("pairs", this.standings.pairs(shown));
		model.addAttribute("optedOut", this.standings.hasOptedOut(viewer.id()));
		return "league/tables";
	}

	@GetMapping("/suggestions")
	String showSuggestions(@RequestParam(required = false) List<String> skill,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		Set<Long> chosen = new LinkedHashSet<>();
		if (skill != null) {
			skill.stream().map(QueryParameters::id).filter((id) -> id != null).limit(3).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			this.members.learningGoalsOf(viewer.id()).stream().sorted().limit(3).forEach(chosen::add);
		}
		model.addAttribute("chosen", chosen);
		model.addAttribute("catalogue", this.skills.catalogue());
		model.addAttribute("skillNames", this.skills.namesOf(chosen));
		model.addAttribute("suggestions", this.matches.suggestionsFor(viewer.id(), chosen));
		return "league/suggestions";
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam(required = false) String optOut, @RequestParam(required = false) String capacity,
			@AuthenticationPrincipal MemberPrincipal viewer, RedirectAttributes redirect) {
		this.standings.optOut(viewer.id(), "true".equals(optOut), this.clock.instant());
		Flash.attempt(redirect, "flash.league.settings", () -> {
			long places = QueryParameters.number(capacity, HeroCapacities.DEFAULT_CAPACITY);
			this.capacities.setCapacity(viewer.id(), (int) Math.max(Math.min(places, 99), -1));
		});
		return "redirect:/league";
	}

	private String memberPage(Long memberId, MemberPrincipal viewer, Model model) {
		Season season = Season.of(LocalDate.now(this.clock));
		LeagueStandings.Totals totals = this.standings.totalsOf(memberId, season);
		PairingList listed = this.pairings.pairingsOf(memberId);
		List<Pairing> theirPairings = listed.shown();
		boolean inAPairing = theirPairings.stream().anyMatch((p) -> p.getStatus() == PairingStatus.ACTIVE);
		Set<Long> people = new HashSet<>();
		theirPairings.forEach((p) -> {
			people.add(p.getSidekickId());
			if (p.getHeroId() != null) {
				people.add(p.getHeroId());
			}
		});
		people.add(memberId);
		Map<Long, String> names = this.members.namesOf(people);
		boolean own = viewer.is(memberId);
		model.addAttribute("memberId", memberId);
		model.addAttribute("memberName", names.get(memberId));
		model.addAttribute("own", own);
		model.addAttribute("season", season);
		model.addAttribute("totals", totals);
		model.addAttribute("progress", LeagueProgress.of(totals.total(), inAPairing));
		model.addAttribute("badges", this.standings.badgesOf(memberId));
		model.addAttribute("recent", this.standings.recentPointsOf(memberId, RECENT_POINTS));
		model.addAttribute("pairings", listed);
		model.addAttribute("names", names);
		if (own) {
			model.addAttribute("nextActions", nextActions(memberId, theirPairings, names));
			model.addAttribute("optedOut", this.standings.hasOptedOut(memberId));
			model.addAttribute("capacity", this.capacities.capacitiesOf(List.of(memberId)).get(memberId));
		}
		return "league/member";
	}

	/**
	 * What the member could do next, from what they want to learn and what they have
	 * done.
	 */
	private List<Link> nextActions(Long memberId, List<Pairing> theirPairings, Map<Long, String> names) {
		List<Link> actions = new ArrayList<>();
		theirPairings.stream()
			.filter((p) -> p.getStatus() == PairingStatus.ACTIVE)
			.forEach((p) -> actions.add(new Link(
					"Check in on your pairing with "
							+ names.get(memberId.equals(p.getHeroId()) ? p.getSidekickId() : p.getHeroId()),
					"/league/pairings/" + p.getId(), "+" + PointRule.PAIRING_CHECK_IN.points() + " points")));
		boolean looking = theirPairings.stream().anyMatch((p) -> p.isOpen() && memberId.equals(p.getSidekickId()));
		Set<Long> goals = this.members.learningGoalsOf(memberId);
		if (goals.isEmpty()) {
			actions.add(new Link("Say which skills you want to learn", "/members/" + memberId + "/skills",
					"then find a hero for them"));
		}
		else if (!looking) {
			actions.add(new Link("Find a hero for a skill you want to learn", "/league/suggestions",
					"suggestions respect your working hours"));
		}
		Map<PointRule, Long> done = this.standings.countsOf(memberId);
		if (!done.containsKey(PointRule.EXPERIMENT_LOGGED)) {
			actions.add(new Link("Log your first experiment", "/experiments/new",
					"+" + PointRule.EXPERIMENT_LOGGED.points() + " points and a badge"));
		}
		if (!done.containsKey(PointRule.KNOWLEDGE_SHARED)) {
			actions.add(new Link("Share a failure story or a how-to", "/shares/new",
					"+" + PointRule.KNOWLEDGE_SHARED.points() + " points"));
		}
		return actions;
	}

	/** A member who opted out of the league is not shown to others. */
	static class OptedOutException extends NotFoundException {

		OptedOutException(Long id) {
			super("Member " + id + " is not in the league");
		}

	}

}
