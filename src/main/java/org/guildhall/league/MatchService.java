package org.guildhall.league;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Pairing suggestions from the database: who holds the skills at hero level, their zones,
 * business units, capacity and past pairs, scored by the {@link Matchmaker}.
 */
@Service
class MatchService {

	/** How many heroes a sidekick's suggestions show. */
	static final int SUGGESTIONS = 10;

	private final PairingService pairings;

	private final PairingLists lists;

	private final HeroCapacities capacities;

	private final Members members;

	private final Clock clock;

	MatchService(PairingService pairings, PairingLists lists, HeroCapacities capacities, Members members, Clock clock) {
		this.pairings = pairings;
		this.lists = lists;
		this.capacities = capacities;
		this.members = members;
		this.clock = clock;
	}

	/** The best heroes for a sidekick and these skills, with the parts of each score. */
	public List<Matchmaker.Suggestion> suggestionsFor(Long sidekickId, Set<Long> skills) {
		if (skills.isEmpty()) {
			return List.of();
		}
		Matchmaker.Sidekick sidekick = new Matchmaker.Sidekick(card(sidekickId), skills);
		List<Matchmaker.Hero> heroes = heroesFor(skills);
		Matchmaker matchmaker = new Matchmaker(this.lists.pastPairsOf(ids(heroes)), LocalDate.now(this.clock));
		return matchmaker.suggest(sidekick, heroes).stream().limit(SUGGESTIONS).toList();
	}

	/**
	 * A hero for each of these requests waiting for one, as one assignment that maximises
	 * the total score within capacities; nothing is created until the lead confirms.
	 */
	@PreAuthorize("hasRole('LEAD')")
	public List<Proposal> proposeFor(List<Pairing> waiting) {
		if (waiting.isEmpty()) {
			return List.of();
		}
		Set<Long> skills = new HashSet<>();
		waiting.forEach((pairing) -> pairing.getGoals().forEach((goal) -> skills.add(goal.getSkillId())));
		List<Matchmaker.Hero> heroes = heroesFor(skills);
		Map<Long, MemberCard> sidekickCards = this.members
			.cardsOf(waiting.stream().map(Pairing::getSidekickId).collect(Collectors.toSet()));
		Map<Long, Pairing> bySidekick = new LinkedHashMap<>();
		List<Matchmaker.Sidekick> sidekicks = new ArrayList<>();
		for (Pairing pairing : waiting) {
			bySidekick.put(pairing.getSidekickId(), pairing);
			sidekicks.add(new Matchmaker.Sidekick(sidekickCards.get(pairing.getSidekickId()),
					pairing.getGoals().stream().map(PairingGoal::getSkillId).collect(Collectors.toSet())));
		}
		Map<Long, Matchmaker.Suggestion> assignment = new Matchmaker(this.lists.pastPairsOf(ids(heroes)),
				LocalDate.now(this.clock))
			.assign(sidekicks, heroes);
		return bySidekick.values()
			.stream()
			.map((pairing) -> new Proposal(pairing, sidekickCards.get(pairing.getSidekickId()),
					assignment.get(pairing.getSidekickId())))
			.toList();
	}

	/**
	 * Starts the pairings the lead confirmed, each on its own so that one that can no
	 * longer start (its hero filled up meanwhile) does not stop the others.
	 */
	@PreAuthorize("hasRole('LEAD')")
	public Confirmed confirm(MemberPrincipal lead, Map<Long, Long> heroByPairing) {
		int started = 0;
		List<String> refused = new ArrayList<>();
		for (Map.Entry<Long, Long> choice : heroByPairing.entrySet()) {
			try {
				this.pairings.approve(lead, choice.getKey(), choice.getValue());
				started++;
			}
			catch (RuleViolationException ex) {
				refused.add(ex.code());
			}
		}
		return new Confirmed(started, refused);
	}

	private List<Matchmaker.Hero> heroesFor(Collection<Long> skills) {
		Map<Long, Map<Long, Integer>> holders = this.members.holdersOf(skills, Matchmaker.HERO_LEVEL);
		Map<Long, MemberCard> cards = this.members.cardsOf(holders.keySet());
		Map<Long, Integer> capacities = this.capacities.capacitiesOf(holders.keySet());
		Map<Long, Integer> active = this.capacities.activeSidekicksOf(holders.keySet());
		return holders.entrySet()
			.stream()
			.filter((holder) -> cards.containsKey(holder.getKey()))
			.map((holder) -> new Matchmaker.Hero(cards.get(holder.getKey()), holder.getValue(),
					capacities.get(holder.getKey()), active.getOrDefault(holder.getKey(), 0)))
			.toList();
	}

	private MemberCard card(Long memberId) {
		return this.members.cardsOf(List.of(memberId)).get(memberId);
	}

	private static Set<Long> ids(List<Matchmaker.Hero> heroes) {
		return heroes.stream().map((hero) -> hero.member().id()).collect(Collectors.toSet());
	}

	/**
	 * A waiting sidekick and the hero the assignment gives them (none when nobody fits).
	 */
	public record Proposal(Pairing pairing, MemberCard sidekick, Matchmaker.Suggestion suggestion) {
	}

	/** How many confirmed pairings started, and why the others did not. */
	public record Confirmed(int started, List<String> refused) {
	}

}
