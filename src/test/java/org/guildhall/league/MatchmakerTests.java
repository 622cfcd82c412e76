package org.guildhall.league;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.guildhall.member.MemberCard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchmakerTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

	private static final long CHAOS = 1L;

	private static final long CAPACITY = 2L;

	private static final long ON_CALL = 3L;

	@Test
	void aSuggestionShowsEachPartOfItsScore() {
		Matchmaker.Hero hero = hero(10, "Europe/Lisbon", "Cloud", Map.of(CHAOS, 5, ON_CALL, 2), 2, 1);
		Matchmaker.Sidekick sidekick = sidekick(20, "Europe/Madrid", "Payments", CHAOS, ON_CALL);

		Matchmaker.Suggestion suggestion = matchmaker().score(sidekick, hero).orElseThrow();

		assertThat(suggestion.score().skills()).as("one of two skills held at level 4+").isEqualTo(20);
		assertThat(suggestion.score().hours()).as("7 of 8 hours shared").isEqualTo(26);
		assertThat(suggestion.score().capacity()).as("1 of 2 places free").isEqualTo(8);
		assertThat(suggestion.score().collaboration()).as("another business unit").isEqualTo(15);
		assertThat(suggestion.score().total()).isEqualTo(69);
		assertThat(suggestion.skillsCovered()).containsExactly(CHAOS);
	}

	@Test
	void heroesWhoCannotTakeTheSidekickAreLeftOut() {
		Matchmaker.Sidekick sidekick = sidekick(20, "Europe/Madrid", "Payments", CHAOS);
		Matchmaker.Hero full = hero(11, "Europe/Madrid", "Cloud", Map.of(CHAOS, 5), 2, 2);
		Matchmaker.Hero notExpert = hero(12, "Europe/Madrid", "Cloud", Map.of(CHAOS, 3), 2, 0);
		Matchmaker.Hero pairedBefore = hero(13, "Europe/Madrid", "Cloud", Map.of(CHAOS, 4), 2, 0);
		Matchmaker.Hero themselves = hero(20, "Europe/Madrid", "Payments", Map.of(CHAOS, 5), 2, 0);
		Matchmaker.Hero fine = hero(14, "Asia/Kolkata", "Payments", Map.of(CHAOS, 4), 3, 0);

		List<Matchmaker.Suggestion> suggestions = new Matchmaker(Set.of(List.of(13L, 20L)), DAY).suggest(sidekick,
				List.of(full, notExpert, pairedBefore, themselves, fine));

		assertThat(suggestions).extracting((s) -> s.hero().member().id()).containsExactly(14L);
	}

	@Test
	void suggestionsComeBestFirst() {
		Matchmaker.Sidekick sidekick = sidekick(20, "Europe/Madrid", "Payments", CHAOS);
		Matchmaker.Hero farAway = hero(15, "America/Los_Angeles", "Cloud", Map.of(CHAOS, 5), 2, 0);
		Matchmaker.Hero nearby = hero(16, "Europe/Paris", "Cloud", Map.of(CHAOS, 4), 2, 0);
		Matchmaker.Hero sameUnit = hero(17, "Europe/Paris", "Payments", Map.of(CHAOS, 4), 2, 0);

		assertThat(matchmaker().suggest(sidekick, List.of(farAway, sameUnit, nearby)))
			.extracting((s) -> s.hero().member().id())
			.containsExactly(16L, 17L, 15L);
	}

	@Test
	void theAssignmentRespectsCapacityAndBeatsFirstComeFirstServed() {
		// Ana (first in line) could take either hero; Ben only fits Priya. Greedy gives
		// Priya to
		// Ana and leaves Ben without a hero; the assignment serves both.
		Matchmaker.Hero priya = hero(1, "Europe/Madrid", "Cloud", Map.of(CHAOS, 5, CAPACITY, 5), 1, 0);
		Matchmaker.Hero jonas = hero(2, "Europe/Madrid", "Cloud", Map.of(CAPACITY, 5), 1, 0);
		Matchmaker.Sidekick ana = sidekick(3, "Europe/Madrid", "Payments", CAPACITY);
		Matchmaker.Sidekick ben = sidekick(4, "Europe/Madrid", "Payments", CHAOS);

		Map<Long, Matchmaker.Suggestion> assignment = matchmaker().assign(List.of(ana, ben), List.of(priya, jonas));

		assertThat(assignment.get(3L).hero().member().id()).isEqualTo(2L);
		assertThat(assignment.get(4L).hero().member().id()).isEqualTo(1L);
	}

	@Test
	void aHeroWithTwoFreePlacesTakesTwoSidekicksButNoMore() {
		Matchmaker.Hero priya = hero(1, "Europe/Madrid", "Cloud", Map.of(CHAOS, 5), 3, 1);
		List<Matchmaker.Sidekick> three = List.of(sidekick(3, "Europe/Madrid", "Payments", CHAOS),
				sidekick(4, "Europe/Madrid", "Payments", CHAOS), sidekick(5, "Europe/Madrid", "Payments", CHAOS));

		Map<Long, Matchmaker.Suggestion> assignment = matchmaker().assign(three, List.of(priya));

		assertThat(assignment).hasSize(2);
	}

	@Test
	void theAssignmentIsOptimalOnSmallCasesCheckedByBruteForce() {
		Random random = new Random(42);
		String[] zones = { "Europe/Madrid", "Asia/Kolkata", "America/New_York", "Pacific/Auckland", "Europe/London" };
		String[] units = { "Cloud", "Payments", "Mobile" };
		for (int round = 0; round < 40; round++) {
			List<Matchmaker.Hero> heroes = new ArrayList<>();
			for (int h = 0; h < 1 + random.nextInt(3); h++) {
				Map<Long, Integer> levels = new HashMap<>();
				for (long skill = 1; skill <= 3; skill++) {
					levels.put(skill, 1 + random.nextInt(5));
				}
				heroes.add(hero(100 + h, zones[random.nextInt(zones.length)], units[random.nextInt(units.length)],
						levels, 1 + random.nextInt(2), 0));
			}
			List<Matchmaker.Sidekick> sidekicks = new ArrayList<>();
			for (int s = 0; s < 1 + random.nextInt(4); s++) {
				sidekicks.add(sidekick(200 + s, zones[random.nextInt(zones.length)],
						units[random.nextInt(units.length)], 1 + random.nextInt(3)));
			}
			Matchmaker matchmaker = matchmaker();

			int assigned = matchmaker.assign(sidekicks, heroes)
				.values()
				.stream()
				.mapToInt((s) -> s.score().total())
				.sum();

			assertThat(assigned).as("round %d", round)
				.isEqualTo(best(matchmaker, sidekicks, heroes, 0, new HashMap<>()));
		}
	}

	/** Tries every way to give each sidekick one hero or none, within capacities. */
	private static int best(Matchmaker matchmaker, List<Matchmaker.Sidekick> sidekicks, List<Matchmaker.Hero> heroes,
			int index, Map<Long, Integer> taken) {
		if (index == sidekicks.size()) {
			return 0;
		}
		int best = best(matchmaker, sidekicks, heroes, index + 1, taken);
		for (Matchmaker.Hero hero : heroes) {
			long id = hero.member().id();
			if (taken.getOrDefault(id, 0) >= hero.spare()) {
				continue;
			}
			Optional<Matchmaker.Suggestion> suggestion = matchmaker.score(sidekicks.get(index), hero);
			if (suggestion.isEmpty()) {
				continue;
			}
			taken.merge(id, 1, Integer::sum);
			best = Math.max(best,
					suggestion.get().score().total() + best(matchmaker, sidekicks, heroes, index + 1, taken));
			taken.merge(id, -1, Integer::sum);
		}
		return best;
	}

	private static Matchmaker matchmaker() {
		return new Matchmaker(Set.of(), DAY);
	}

	private static Matchmaker.Hero hero(long id, String zone, String unit, Map<Long, Integer> levels, int capacity,
			int active) {
		return new Matchmaker.Hero(new MemberCard(id, "Hero " + id, zone, unit, false), levels, capacity, active);
	}

	private static Matchmaker.Sidekick sidekick(long id, String zone, String unit, long... skills) {
		Set<Long> wanted = new HashSet<>();
		for (long skill : skills) {
			wanted.add(skill);
		}
		return new Matchmaker.Sidekick(new MemberCard(id, "Sidekick " + id, zone, unit, false), wanted);
	}

}
