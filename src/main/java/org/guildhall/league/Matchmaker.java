package org.guildhall.league;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.guildhall.member.MemberCard;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Suggests heroes for sidekicks and explains each suggestion with the parts of its score:
 * the wanted skills the hero holds at level 4 or more, the working hours they share, the
 * hero's spare capacity, and whether they come from different business units. A pair that
 * already happened is not suggested again.
 */
final class Matchmaker {

	/** The level from which someone can be the hero of a skill. */
	static final int HERO_LEVEL = 4;

	static final int SKILL_POINTS = 40;

	static final int HOURS_POINTS = 30;

	static final int CAPACITY_POINTS = 15;

	static final int COLLABORATION_POINTS = 15;

	/**
	 * Someone who could be a hero: their skills, capacity and how many sidekicks they
	 * have.
	 */
	public record Hero(MemberCard member, Map<Long, Integer> levels, int capacity, int active) {

		public int spare() {
			return Math.max(this.capacity - this.active, 0);
		}

	}

	/** Someone looking for a hero for these skills. */
	public record Sidekick(MemberCard member, Set<Long> skills) {
	}

	/** The parts of a suggestion's score, out of 100 in all. */
	public record Score(int skills, int hours, int capacity, int collaboration) {

		public int total() {
			return this.skills + this.hours + this.capacity + this.collaboration;
		}

	}

	/** A hero suggested for a sidekick, with why. */
	public record Suggestion(Hero hero, Score score, List<Long> skillsCovered, Duration sharedHours) {
	}

	private final Set<List<Long>> pastPairs;

	private final LocalDate date;

	/**
	 * @param pastPairs hero and sidekick ids of pairings that took place or run
	 * @param date the day whose clocks decide the shared working hours
	 */
	Matchmaker(Set<List<Long>> pastPairs, LocalDate date) {
		this.pastPairs = pastPairs;
		this.date = date;
	}

	/** Heroes for one sidekick, best first; those who cannot take them are left out. */
	List<Suggestion> suggest(Sidekick sidekick, List<Hero> heroes) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Hero hero : heroes) {
			score(sidekick, hero).ifPresent(suggestions::add);
		}
		suggestions.sort(Comparator.comparingInt((Suggestion s) -> s.score().total())
			.reversed()
			.thenComparing((s) -> s.hero().member().name()));
		return suggestions;
	}

	/**
	 * The suggestion of this hero for this sidekick, unless the hero cannot take them.
	 */
	Optional<Suggestion> score(Sidekick sidekick, Hero hero) {
		MemberCard seeker = sidekick.member();
		if (hero.member().id().equals(seeker.id()) || hero.spare() == 0
				|| this.pastPairs.contains(List.of(hero.member().id(), seeker.id()))) {
			return Optional.empty();
		}
		List<Long> covered = sidekick.skills()
			.stream()
			.filter((skill) -> hero.levels().getOrDefault(skill, 0) >= HERO_LEVEL)
			.sorted()
			.toList();
		if (covered.isEmpty()) {
			return Optional.empty();
		}
		Duration shared = WorkingHours.overlap(hero.member().zone(), seeker.zone(), this.date);
		boolean otherUnit = hero.member().businessUnit() != null && seeker.businessUnit() != null
				&& !Objects.equals(hero.member().businessUnit(), seeker.businessUnit());
		Score score = new Score(Math.round((float) SKILL_POINTS * covered.size() / sidekick.skills().size()),
				Math.round(HOURS_POINTS * (float) shared.toMinutes() / WorkingHours.WORKING_DAY.toMinutes()),
				Math.round((float) CAPACITY_POINTS * hero.spare() / hero.capacity()),
				otherUnit ? COLLABORATION_POINTS : 0);
		return Optional.of(new Suggestion(hero, score, covered, shared));
	}

	/**
	 * One hero for as many sidekicks as possible, maximising the total score: a maximum
	 * weight matching between sidekicks and the heroes' spare places (a hero with two
	 * spare places is two places), not first come, first served.
	 */
	Map<Long, Suggestion> assign(List<Sidekick> sidekicks, List<Hero> heroes) {
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<String> seekers = new HashSet<>();
		Set<String> places = new HashSet<>();
		Map<String, Suggestion> byEdge = new HashMap<>();
		for (Sidekick sidekick : sidekicks) {
			String seeker = "sidekick:" + sidekick.member().id();
			graph.addVertex(seeker);
			seekers.add(seeker);
			for (Hero hero : heroes) {
				Optional<Suggestion> suggestion = score(sidekick, hero);
				if (suggestion.isEmpty()) {
					continue;
				}
				for (int place = 0; place < hero.spare(); place++) {
					String vertex = "hero:" + hero.member().id() + ":" + place;
					if (graph.addVertex(vertex)) {
						places.add(vertex);
					}
					DefaultWeightedEdge edge = graph.addEdge(seeker, vertex);
					graph.setEdgeWeight(edge, suggestion.get().score().total());
					byEdge.put(seeker + ">" + vertex, suggestion.get());
				}
			}
		}
		Map<Long, Suggestion> assignment = new LinkedHashMap<>();
		for (DefaultWeightedEdge edge : new MaximumWeightBipartiteMatching<>(graph, seekers, places).getMatching()
			.getEdges()) {
			String source = graph.getEdgeSource(edge);
			String target = graph.getEdgeTarget(edge);
			String seeker = seekers.contains(source) ? source : target;
			String place = seekers.contains(source) ? target : source;
			Suggestion chosen = byEdge.get(seeker + ">" + place);
			assignment.put(Long.valueOf(seeker.substring("sidekick:".length())), chosen);
		}
		return assignment;
	}

}
