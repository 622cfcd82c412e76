package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
public final class Rotation {

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

	private final List<Leave> leaves;

	private final List<Decline> declines;

	private final Map<Long, Instant> facilitatedBefore;

	Rotation(List<MemberCard> coreTeam, List<Leave> leaves, List<Decline> declines,
			Map<Long, Instant> facilitatedBefore) {
		this.coreTeam = coreTeam;
		this.leaves = leaves;
		this.declines = declines;
		this.facilitatedBefore = facilitatedBefore;
	}

	/**
	 * Suggestions for every upcoming session on the timeline that has no facilitator. The
	 * timeline holds every session that is not cancelled from 90 days before the first
	 * upcoming one, in start order; {@code facilitatedBefore} holds when each core-team
	 * member last facilitated before the timeline began.
	 */
	Map<Long, Suggestion> plan(List<Slot> timeline, Instant now) {
		Map<Long, Set<Long>> facilitators = new HashMap<>();
		timeline.forEach((slot) -> facilitators.put(slot.sessionId(), new HashSet<>(slot.facilitatorIds())));
		Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
		for (int i = 0; i < timeline.size(); i++) {
			Slot target = timeline.get(i);
			if (!target.startsAt().isAfter(now) || !target.facilitatorIds().isEmpty()) {
				continue;
			}
			Set<Long> previous = (i > 0) ? facilitators.get(timeline.get(i - 1).sessionId()) : Set.of();
			Suggestion suggestion = suggest(target, timeline.subList(0, i), facilitators, previous, now);
			suggestion.pick().ifPresent((pick) -> facilitators.get(target.sessionId()).add(pick.member().id()));
			suggestions.put(target.sessionId(), suggestion);
		}
		return suggestions;
	}

	private Suggestion suggest(Slot target, List<Slot> earlier, Map<Long, Set<Long>> facilitators, Set<Long> previous,
			Instant now) {
		List<Skip> skipped = new ArrayList<>();
		List<Pick> candidates = new ArrayList<>();
		for (MemberCard member : this.coreTeam) {
			LocalDate day = target.startsAt().atZone(member.zone()).toLocalDate();
			Optional<Leave> leave = this.leaves.stream()
				.filter((l) -> l.memberId().equals(member.id()) && l.covers(day))
				.findFirst();
			if (leave.isPresent()) {
				skipped.add(new Skip(member, Reason.ON_LEAVE, leave.get().endsOn()));
				continue;
			}
			Optional<Decline> declined = this.declines.stream()
				.filter((d) -> d.memberId().equals(member.id()) && (d.sessionId().equals(target.sessionId())
						|| d.declinedAt().isAfter(now.minus(DECLINE_REST))))
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
			candidates.add(new Pick(member, loadBefore(member, target, earlier, facilitators),
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

	private Load loadBefore(MemberCard member, Slot target, List<Slot> earlier, Map<Long, Set<Long>> facilitators) {
		Instant windowStart = target.startsAt().minus(WINDOW);
		int sessions = 0;
		int inconvenient = 0;
		Instant last = this.facilitatedBefore.get(member.id());
		for (Slot slot : earlier) {
			if (!facilitators.get(slot.sessionId()).contains(member.id())) {
				continue;
			}
			last = slot.startsAt();
			if (slot.startsAt().isBefore(windowStart)) {
				continue;
			}
			sessions++;
			if (SessionTimes.isInconvenient(slot.startsAt(), slot.duration(), member.zone())) {
				inconvenient++;
			}
		}
		return new Load(sessions, inconvenient, last);
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
		Map<Long, Set<Long>> facilitators = new HashMap<>();
		timeline.forEach((slot) -> facilitators.put(slot.sessionId(), slot.facilitatorIds()));
		Slot present = new Slot(null, now, Duration.ZERO, Set.of());
		List<Slot> past = timeline.stream().filter((slot) -> slot.startsAt().isBefore(now)).toList();
		Map<Long, Load> loads = new LinkedHashMap<>();
		Map<Long, Integer> upcoming = new HashMap<>();
		for (MemberCard member : this.coreTeam) {
			loads.put(member.id(), loadBefore(member, present, past, facilitators));
			upcoming.put(member.id(),
					(int) timeline.stream()
						.filter((slot) -> !slot.startsAt().isBefore(now) && slot.facilitatorIds().contains(member.id()))
						.count());
		}
		double threshold = 2 * Math.max(median(loads.values().stream().map(Load::weight).toList()), 1);
		return this.coreTeam.stream()
			.map((member) -> new LedgerLine(member, loads.get(member.id()), upcoming.get(member.id()),
					loads.get(member.id()).weight() > threshold))
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
