package org.guildhall.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import org.guildhall.backlog.BacklogItems;
import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.session.SessionService.SessionNotFoundException;
import org.guildhall.web.CountedPages;
import org.guildhall.web.Link;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as the pages read them: upcoming and past lists, a session's page, the
 * sessions waiting for a member's feedback, a member's calendar feed, and the links other
 * features show.
 */
@Service
@Transactional(readOnly = true)
class SessionPages {

	static final int PAGE_SIZE = 20;

	/** How long after a session the list page asks its attendees for feedback. */
	private static final Duration FEEDBACK_PROMPT = Duration.ofDays(14);

	/** How many sessions waiting for feedback the list page names at most. */
	private static final int FEEDBACK_PROMPTS = 3;

	/** How far back a member's calendar feed reaches. */
	private static final Duration CALENDAR_HISTORY = Duration.ofDays(90);

	private final CommunitySessionRepository sessions;

	private final Members members;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final KeyResults keyResults;

	private final FeedbackFigures figures;

	private final Clock clock;

	private final CountedPages pages;

	SessionPages(CommunitySessionRepository sessions, Members members, SkillService skills, BacklogItems backlogItems,
			KeyResults keyResults, FeedbackFigures figures, Clock clock, CountedPages pages) {
		this.sessions = sessions;
		this.members = members;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.keyResults = keyResults;
		this.figures = figures;
		this.clock = clock;
		this.pages = pages;
	}

	/** Which sessions a list shows. */
	public enum When {

		UPCOMING, PAST

	}

	/**
	 * A page of sessions: upcoming ones soonest first, past ones latest first; in a fixed
	 * number of statements.
	 */
	public Page<SessionRow> page(When when, SessionFormat format, Long mineOf, Instant heldFrom, Instant heldBefore,
			Long viewerId, int page) {
		Instant now = this.clock.instant();
		Sort.Direction direction = (when == When.UPCOMING) ? Sort.Direction.ASC : Sort.Direction.DESC;
		Pageable pageable = PageRequest.of(page - 1, PAGE_SIZE, Sort.by(direction, "startsAt", "id"));
		Page<CommunitySession> found = this.pages.page(this.sessions, CommunitySession.class,
				matching(when, format, mineOf, heldFrom, heldBefore, now), pageable);
		Map<Long, SessionRow> rows = rows(found.getContent(), viewerId);
		return found.map((session) -> rows.get(session.getId()));
	}

	/**
	 * The sessions of the last two weeks the member attended and has not scored yet, the
	 * newest few: the list page asks them how it went.
	 */
	public List<CommunitySession> awaitingFeedback(Long memberId) {
		Instant now = this.clock.instant();
		return this.sessions
			.findAwaitingFeedback(memberId, now.minus(FEEDBACK_PROMPT), now, PageRequest.of(0, FEEDBACK_PROMPTS))
			.stream()
			.filter((session) -> session.hasEnded(now))
			.toList();
	}

	/** Everything the session page shows, in a fixed number of statements. */
	public SessionView view(Long id, MemberPrincipal viewer) {
		CommunitySession session = this.sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
		Set<Long> people = new HashSet<>(session.getFacilitatorIds());
		people.addAll(session.getSignUpIds());
		people.addAll(session.getAttendeeIds());
		Map<Long, MemberCard> cards = this.members.cardsOf(people);
		Link backlogItem = (session.getBacklogItemId() != null) ? new Link(
				this.backlogItems.titlesOf(List.of(session.getBacklogItemId())).get(session.getBacklogItemId()),
				"/backlog/" + session.getBacklogItemId(), null) : null;
		String keyResult = (session.getKeyResultId() != null)
				? this.keyResults.labelsOf(List.of(session.getKeyResultId())).get(session.getKeyResultId()) : null;
		boolean mayReadComments = viewer.isLead() || session.isFacilitatedBy(viewer.id());
		return new SessionView(session, cardsOf(session.getFacilitatorIds(), cards),
				cardsOf(session.getSignUpIds(), cards), cardsOf(session.getAttendeeIds(), cards),
				this.skills.namesOf(session.getSkillIds()).values().stream().sorted().toList(), backlogItem, keyResult,
				SessionService.isCrossFunctional(session.getAttendeeIds(), cards), this.figures.ofSession(id),
				mayReadComments ? this.figures.comments(id) : List.of(), mayReadComments);
	}

	/** The sessions a member signed up for or facilitates, from a while back on. */
	List<CommunitySession> calendarOf(Long memberId, int limit) {
		Instant from = this.clock.instant().minus(CALENDAR_HISTORY);
		Map<Long, CommunitySession> found = new LinkedHashMap<>();
		this.sessions.findSignedUpSince(memberId, from, PageRequest.of(0, limit))
			.forEach((s) -> found.put(s.getId(), s));
		this.sessions.findFacilitatedSince(memberId, from, PageRequest.of(0, limit))
			.forEach((s) -> found.put(s.getId(), s));
		return found.values().stream().sorted(Comparator.comparing(CommunitySession::getStartsAt)).toList();
	}

	Map<Long, List<Link>> byBacklogItems(Collection<Long> ids) {
		return linksBy(this.sessions.findByBacklogItems(ids), CommunitySession::getBacklogItemId);
	}

	Map<Long, List<Link>> byKeyResults(Collection<Long> ids) {
		return linksBy(this.sessions.findByKeyResults(ids), CommunitySession::getKeyResultId);
	}

	List<Link> attendedBy(Long memberId, int newest) {
		return this.sessions.findAttendedBy(memberId, PageRequest.of(0, newest)).stream().map(this::link).toList();
	}

	long countAttendedBy(Long memberId) {
		return this.sessions.countAttendedBy(memberId);
	}

	private Map<Long, List<Link>> linksBy(List<CommunitySession> found, Function<CommunitySession, Long> key) {
		return found.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new,
					Collectors.mapping(this::link, Collectors.toList())));
	}

	private Link link(CommunitySession session) {
		return new Link(session.getTitle(), "/sessions/" + session.getId(), session.getFormat().label());
	}

	private static List<MemberCard> cardsOf(Collection<Long> ids, Map<Long, MemberCard> cards) {
		return ids.stream()
			.map(cards::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(MemberCard::name))
			.toList();
	}

	/**
	 * Facilitator names, business units and NPS beside each session: three statements
	 * after the sessions' own collections.
	 */
	private Map<Long, SessionRow> rows(List<CommunitySession> found, Long viewerId) {
		Set<Long> people = new HashSet<>();
		found.forEach((session) -> {
			people.addAll(session.getFacilitatorIds());
			people.addAll(session.getAttendeeIds());
		});
		Map<Long, MemberCard> cards = this.members.cardsOf(people);
		Instant now = this.clock.instant();
		Map<Long, Nps> nps = this.figures.bySession(found.stream()
			.filter((session) -> session.hasEnded(now))
			.map(CommunitySession::getId)
			.collect(Collectors.toSet()));
		Map<Long, SessionRow> rows = new LinkedHashMap<>();
		for (CommunitySession session : found) {
			rows.put(session.getId(), new SessionRow(session,
					cardsOf(session.getFacilitatorIds(), cards).stream().map(MemberCard::name).toList(),
					session.getSignUpIds().size(), viewerId != null && session.isSignedUp(viewerId),
					session.getAttendeeIds().size(), SessionService.isCrossFunctional(session.getAttendeeIds(), cards),
					nps.getOrDefault(session.getId(), Nps.NONE)));
		}
		return rows;
	}

	private static Specification<CommunitySession> matching(When when, SessionFormat format, Long mineOf,
			Instant heldFrom, Instant heldBefore, Instant now) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add((when == When.UPCOMING) ? builder.greaterThan(root.get("startsAt"), now)
					: builder.lessThanOrEqualTo(root.get("startsAt"), now));
			if (format != null) {
				predicates.add(builder.equal(root.get("format"), format));
			}
			if (mineOf != null) {
				predicates.add(builder.or(builder.isMember(mineOf, root.get("signUpIds")),
						builder.isMember(mineOf, root.get("facilitatorIds"))));
			}
			if (heldFrom != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("startsAt"), heldFrom));
			}
			if (heldBefore != null) {
				predicates.add(builder.lessThan(root.get("startsAt"), heldBefore));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** A session as a list shows it. */
	public record SessionRow(CommunitySession session, List<String> facilitatorNames, int signUps,
			boolean viewerSignedUp, int attendees, boolean crossFunctional, Nps nps) {
	}

	/** A session as its page shows it. */
	public record SessionView(CommunitySession session, List<MemberCard> facilitators, List<MemberCard> signUps,
			List<MemberCard> attendees, List<String> skillNames, Link backlogItem, String keyResult,
			boolean crossFunctional, Nps nps, List<String> comments, boolean mayReadComments) {
	}

}
