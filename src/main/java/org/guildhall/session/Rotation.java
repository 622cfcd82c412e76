package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberCard;
import org.guildhall.web.Times;

/**
 * Who in the core team should facilitate next, and why. Facilitation is shared by load:
 * sessions facilitated in the 90 days before a session, those at an inconvenient local
 * hour counting twice. People on leave, people who declined recently and whoever
 * facilitates the session before are skipped. Sessions still without a facilitator are
 * planned in order, each pick counting for the next, so nobody is suggested for two
 * sessions in a row.
 */
final class Rotation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** How far back facilitation counts towards someone's load. */
	static final Duration WINDOW = Duration.ofDays(90);

	/** How long a "not me" keeps someone out of suggestions. */
	static final Duration DECLINE_REST = Duration.ofDays(14);

	/** A session on the timeline with its facilitators (none when it still needs one). */
	public record Slot(Long sessionId, Instant startsAt, Duration duration, Set<Long> facilitatorIds) {
	}

	/** A core-team member's time away, in dates of their own zone. */
	public record Leave(Long memberId, LocalDate startsOn, LocalDate endsOn) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
		}

	}

	/** A core-team member said "not this one" for a session. */
	public record Decline(Long sessionId, Long memberId, Instant declinedAt) {
	}

	/** Someone's share of facilitation before a session. */
	public record Load(int sessions, int inconvenient, Instant lastFacilitated) {

		/** Sessions at an inconvenient hour count twice. */
		public int weight() {
			return this.sessions + this.inconvenient;
		}

	}

	/** The person suggested for a session and the numbers behind it. */
	public record Pick(MemberCard member, Load load, boolean inconvenientForThem) {
	}

	/** Someone left out of a suggestion, and why. */
	public record Skip(MemberCard member, Reason reason, LocalDate until) {
	}

	/** Why someone was left out. */
	public enum Reason {

		ON_LEAVE, DECLINED, PREVIOUS_SESSION

	}

	/**
	 * The suggestion for one session: a pick (when anyone is left), why in words, and who
	 * was skipped.
	 */
	public record Suggestion(Long sessionId, Optional<Pick> pick, List<String> reasons, List<Skip> skipped) {
	}

	private final List<MemberCard> coreTeam;

	private final Map<Long, List<Leave>> leavesOf;

	private final Map<Long, List<Decline>> declinesOf;

	private final Map<Long, Instant> facilitatedBefore;

	Rotation(List<MemberCard> coreTeam, List<Leave> leaves, List<Decline> declines,
			Map<Long, Instant> facilitatedBefore) {
		this.coreTeam = coreTeam;
		this.leavesOf = leaves.stream().collect(Collectors.groupingBy(Leave::memberId));
		this.declinesOf = declines.stream().collect(Collectors.groupingBy(Decline::memberId));
		this.facilitatedBefore = facilitatedBefore;
	}

	/**
	 * Suggestions for every upcoming session on the timeline that has no facilitator. The
	 * timeline holds every session that is not cancelled from 90 days before the first
	 * upcoming one, in start order; {@code facilitatedBefore} holds when each core-team
	 * member last facilitated before the timeline began.
	 */
	Map<Long, Suggestion> plan(List<Slot> timeline, Instant now) {
		Loads loads = new Loads();
		Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
		Set<Long> previous = Set.of();
		for (Slot slot : timeline) {
			Set<Long> facilitators = slot.facilitatorIds();
			if (slot.startsAt().isAfter(now) && facilitators.isEmpty()) {
				loads.windowFrom(slot.startsAt().minus(WINDOW));
				Suggestion suggestion = suggest(slot, loads, previous, now);
				facilitators = suggestion.pick().map((pick) -> Set.of(pick.member().id())).orElse(Set.of());
				suggestions.put(slot.sessionId(), suggestion);
			}
			loads.facilitated(slot, facilitators);
			previous = facilitators;
		}
		return suggestions;
	}

	private Suggestion suggest(Slot target, Loads loads, Set<Long> previous, Instant now) {
		List<Skip> skipped = new ArrayList<>();
		List<Pick> candidates = new ArrayList<>();
		for (MemberCard member : this.coreTeam) {
			LocalDate day = target.startsAt().atZone(member.zone()).toLocalDate();
			Optional<Leave> leave = this.leavesOf.getOrDefault(member.id(), List.of())
				.stream()
				.filter((l) -> l.covers(day))
				.findFirst();
			if (leave.isPresent()) {
				skipped.add(new Skip(member, Reason.ON_LEAVE, leave.get().endsOn()));
				continue;
			}
			Optional<Decline> declined = this.declinesOf.getOrDefault(member.id(), List.of())
				.stream()
				.filter((d) -> d.sessionId().equals(target.sessionId())
						|| d.declinedAt().isAfter(now.minus(DECLINE_REST)))
				.findFirst();
			if (declined.isPresent()) {
				skipped.add(new Skip(member, Reason.DECLINED,
						declined.get().declinedAt().atZone(member.zone()).toLocalDate()));
				continue;
			}
			if (previous.contains(member.id())) {
				skipped.add(new Skip(member, Reason.PREVIOUS_SESSION, null));
				continue;
			}
			candidates.add(new Pick(member, loads.of(member.id()),
					SessionTimes.isInconvenient(target.startsAt(), target.duration(), member.zone())));
		}
		Comparator<Pick> fairest = Comparator.<Pick>comparingInt((pick) -> pick.load().weight())
			.thenComparing(Pick::inconvenientForThem)
			.thenComparing((pick) -> pick.load().lastFacilitated(), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing((pick) -> pick.member().name())
			.thenComparing((pick) -> pick.member().id());
		Optional<Pick> pick = candidates.stream().min(fairest);
		return new Suggestion(target.sessionId(), pick, pick.map((p) -> reasons(p, target)).orElse(List.of()), skipped);
	}

	private static List<String> reasons(Pick pick, Slot target) {
		List<String> reasons = new ArrayList<>();
		Load load = pick.load();
		if (load.sessions() == 0) {
			reasons.add("Has facilitated no session in the 90 days before this one.");
		}
		else {
			reasons
				.add("Lightest load in the core team: " + plural(load.sessions(), "session")
						+ " in the 90 days before this one"
						+ ((load.inconvenient() > 0) ? ", " + load.inconvenient()
								+ " of them at an inconvenient hour (counted twice), load " + load.weight() : "")
						+ ".");
		}
		reasons.add((load.lastFacilitated() != null)
				? "Last facilitated on " + DAY.format(load.lastFacilitated().atZone(pick.member().zone())) + "."
				: "Has not facilitated a session yet.");
		String local = Times.span(target.startsAt(), target.startsAt().plus(target.duration()), pick.member().zone());
		reasons.add(pick.inconvenientForThem()
				? "This session is at " + local
						+ " for them, outside 08:00–19:00: nobody else was free at a better hour."
				: "This session is at " + local + " for them, within their working day.");
		return reasons;
	}

	private static String plural(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	/**
	 * Each core-team member's facilitation as the timeline is walked in start order: the
	 * sessions inside the window that moves with it, and the last one whenever it was. A
	 * plan reads every session once rather than once per suggestion and member.
	 */
	private final class Loads {

		private record Facilitated(Instant startsAt, boolean inconvenient) {
		}

		private final Map<Long, ArrayDeque<Facilitated>> inWindow = new HashMap<>();

		private final Map<Long, Integer> inconvenient = new HashMap<>();

		private final Map<Long, Instant> last = new HashMap<>(Rotation.this.facilitatedBefore);

		private final Map<Long, ZoneId> zones = new HashMap<>();

		Loads() {
			Rotation.this.coreTeam.forEach((member) -> this.zones.put(member.id(), member.zone()));
		}

		void facilitated(Slot slot, Set<Long> facilitators) {
			for (Long memberId : facilitators) {
				ZoneId zone = this.zones.get(memberId);
				if (zone == null) {
					continue;
				}
				boolean atInconvenientHour = SessionTimes.isInconvenient(slot.startsAt(), slot.duration(), zone);
				this.inWindow.computeIfAbsent(memberId, (id) -> new ArrayDeque<>())
					.addLast(new Facilitated(slot.startsAt(), atInconvenientHour));
				this.inconvenient.merge(memberId, atInconvenientHour ? 1 : 0, Integer::sum);
				this.last.put(memberId, slot.startsAt());
			}
		}

		/** Sessions that started before this leave everyone's window. */
		void windowFrom(Instant start) {
			this.inWindow.forEach((memberId, sessions) -> {
				while (!sessions.isEmpty() && sessions.peekFirst().startsAt().isBefore(start)) {
					if (sessions.removeFirst().inconvenient()) {
						this.inconvenient.merge(memberId, -1, Integer::sum);
					}
				}
			});
		}

		Load of(Long memberId) {
			ArrayDeque<Facilitated> sessions = this.inWindow.get(memberId);
			return new Load((sessions != null) ? sessions.size() : 0, this.inconvenient.getOrDefault(memberId, 0),
					this.last.get(memberId));
		}

	}

	/** One core-team member's line in the fairness ledger. */
	public record LedgerLine(MemberCard member, Load load, int upcoming, boolean overloaded) {
	}

	/**
	 * The fairness ledger over the 90 days before now: sessions facilitated, those at an
	 * inconvenient hour, the last date and what is coming. Anyone whose load is more than
	 * twice the median is flagged (a median of 0 counts as 1, so that the first
	 * facilitator of a new core team is not flagged for a single session).
	 */
	List<LedgerLine> ledger(List<Slot> timeline, Instant now) {
		Loads loads = new Loads();
		Map<Long, Integer> upcoming = new HashMap<>();
		for (Slot slot : timeline) {
			if (slot.startsAt().isBefore(now)) {
				loads.facilitated(slot, slot.facilitatorIds());
			}
			else {
				slot.facilitatorIds().forEach((memberId) -> upcoming.merge(memberId, 1, Integer::sum));
			}
		}
		loads.windowFrom(now.minus(WINDOW));
		Map<Long, Load> byMember = new HashMap<>();
		this.coreTeam.forEach((member) -> byMember.put(member.id(), loads.of(member.id())));
		double threshold = 2 * Math.max(median(byMember.values().stream().map(Load::weight).toList()), 1);
		return this.coreTeam.stream()
			.map((member) -> new LedgerLine(member, byMember.get(member.id()), upcoming.getOrDefault(member.id(), 0),
					byMember.get(member.id()).weight() > threshold))
			.toList();
	}

	static double median(Collection<Integer> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

}
