package org.guildhall.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator rotation: suggestions with their reasons, the fairness ledger, "not
 * this one", time away, and swaps within the core team.
 */
@Service
@Transactional(readOnly = true)
public class RotationService {

	/** How far ahead the rotation page plans. */
	static final Duration HORIZON = Duration.ofDays(90);

	/** The most sessions one plan looks at; a bound on the work of a page. */
	private static final int TIMELINE_LIMIT = 1000;

	private final CommunitySessionRepository sessions;

	private final CoreTeamLeaveRepository leaves;

	private final FacilitationSwapRepository swaps;

	private final Members members;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	RotationService(CommunitySessionRepository sessions, CoreTeamLeaveRepository leaves,
			FacilitationSwapRepository swaps, Members members, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.sessions = sessions;
		this.leaves = leaves;
		this.swaps = swaps;
		this.members = members;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The suggestion for one upcoming session without a facilitator, if it has none. */
	public Optional<Rotation.Suggestion> suggestionFor(CommunitySession session) {
		Instant now = this.clock.instant();
		if (!session.needsFacilitator() || session.hasStarted(now)) {
			return Optional.empty();
		}
		return Optional.ofNullable(plan(now, session.getStartsAt()).get(session.getId()));
	}

	/**
	 * The rotation page: every upcoming session of the next 90 days that needs a
	 * facilitator with its suggestion, and the fairness ledger of the core team over the
	 * last 90 days, both from one reading of the timeline.
	 */
	public Overview overview() {
		Instant now = this.clock.instant();
		Instant from = now.minus(Rotation.WINDOW);
		List<MemberCard> coreTeam = this.members.coreTeam();
		List<Rotation.Slot> timeline = timeline(from, now.plus(HORIZON));
		Map<Long, Instant> facilitatedBefore = lastFacilitatedBefore(from, coreTeam);
		Map<Long, Rotation.Suggestion> plan = new Rotation(coreTeam, currentLeaves(from), declinesSince(now),
				facilitatedBefore)
			.plan(timeline, now);
		List<Rotation.LedgerLine> ledger = new Rotation(coreTeam, List.of(), List.of(), facilitatedBefore)
			.ledger(timeline, now);
		if (plan.isEmpty()) {
			return new Overview(List.of(), ledger);
		}
		Map<Long, CommunitySession> found = this.sessions.findAllById(plan.keySet())
			.stream()
			.collect(Collectors.toMap(CommunitySession::getId, (session) -> session));
		return new Overview(plan.values()
			.stream()
			.map((suggestion) -> new Planned(found.get(suggestion.sessionId()), suggestion))
			.toList(), ledger);
	}

	private Map<Long, Rotation.Suggestion> plan(Instant now, Instant until) {
		Instant from = now.minus(Rotation.WINDOW);
		List<MemberCard> coreTeam = this.members.coreTeam();
		Rotation rotation = new Rotation(coreTeam, currentLeaves(from), declinesSince(now),
				lastFacilitatedBefore(from, coreTeam));
		return rotation.plan(timeline(from, until.plusSeconds(1)), now);
	}

	/** A core-team member takes an upcoming session that has no facilitator yet. */
	@Transactional
	public void volunteer(MemberPrincipal actor, Long sessionId) {
		requireCoreTeam(actor);
		CommunitySession session = upcomingNeedingFacilitator(sessionId);
		session.facilitatedBy(Set.of(actor.id()));
	}

	/** A lead asks a core-team member (usually the suggested one) to facilitate. */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void assign(Long sessionId, Long memberId) {
		CommunitySession session = upcomingNeedingFacilitator(sessionId);
		if (!isCoreTeam(memberId)) {
			throw new SessionRuleException("rotation.notCoreTeam");
		}
		session.facilitatedBy(Set.of(memberId));
	}

	/**
	 * "Not this one": the rotation skips the member for this session and the next two
	 * weeks.
	 */
	@Transactional
	public void decline(MemberPrincipal actor, Long sessionId) {
		requireCoreTeam(actor);
		upcomingNeedingFacilitator(sessionId);
		this.jdbc.update("""
				insert into facilitation_declines (session_id, member_id, declined_at) values (:session, :member, :now)
				on conflict (session_id, member_id) do update set declined_at = excluded.declined_at""",
				new MapSqlParameterSource().addValue("session", sessionId)
					.addValue("member", actor.id())
					.addValue("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC)));
	}

	public List<CoreTeamLeave> leavesOf(Long memberId) {
		LocalDate today = LocalDate.now(this.clock);
		return this.leaves.findEndingOnOrAfter(today.minusDays(30))
			.stream()
			.filter((leave) -> leave.getMemberId().equals(memberId))
			.toList();
	}

	@Transactional
	public CoreTeamLeave addLeave(MemberPrincipal actor, LeaveForm form) {
		if (form.getEndsOn().isBefore(form.getStartsOn())) {
			throw new RuleViolationException("endsOn", "leave.endsBeforeStart");
		}
		return this.leaves.save(new CoreTeamLeave(actor.id(), form.getStartsOn(), form.getEndsOn(), form.getNote()));
	}

	@Transactional
	public void removeLeave(MemberPrincipal actor, Long leaveId) {
		CoreTeamLeave leave = this.leaves.findById(leaveId).orElseThrow(() -> new LeaveNotFoundException(leaveId));
		if (!leave.getMemberId().equals(actor.id()) && !actor.isLead()) {
			throw new AccessDeniedException("Only its owner or a lead removes a leave");
		}
		this.leaves.delete(leave);
	}

	/** A facilitator asks another core-team member to take their place. */
	@Transactional
	public FacilitationSwap proposeSwap(MemberPrincipal actor, Long sessionId, Long toMemberId) {
		CommunitySession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new SessionService.SessionNotFoundException(sessionId));
		if (!session.isFacilitatedBy(actor.id())) {
			throw new AccessDeniedException("Only a facilitator proposes a swap");
		}
		if (session.isCancelled() || session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("swap.sessionStarted");
		}
		if (toMemberId == null || toMemberId.equals(actor.id()) || session.isFacilitatedBy(toMemberId)
				|| !isCoreTeam(toMemberId)) {
			throw new SessionRuleException("swap.recipient");
		}
		boolean alreadyOpen = this.swaps.findBySession(sessionId)
			.stream()
			.anyMatch((swap) -> swap.isOpen() && swap.getFromMemberId().equals(actor.id()));
		if (alreadyOpen) {
			throw new SessionRuleException("swap.alreadyOpen");
		}
		return this.swaps.save(new FacilitationSwap(sessionId, actor.id(), toMemberId, this.clock.instant()));
	}

	/** The recipient accepts: they take the proposer's place. */
	@Transactional
	public void acceptSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getToMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only the member asked answers a swap");
		}
		CommunitySession session = this.sessions.findById(swap.getSessionId()).orElseThrow();
		if (session.isCancelled() || session.hasStarted(this.clock.instant())
				|| !session.isFacilitatedBy(swap.getFromMemberId())) {
			throw new SessionRuleException("swap.outdated");
		}
		session.handOver(swap.getFromMemberId(), swap.getToMemberId());
		swap.answer(SwapStatus.ACCEPTED, this.clock.instant());
	}

	@Transactional
	public void declineSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getToMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only the member asked answers a swap");
		}
		swap.answer(SwapStatus.DECLINED, this.clock.instant());
	}

	@Transactional
	public void withdrawSwap(MemberPrincipal actor, Long swapId) {
		FacilitationSwap swap = openSwap(swapId);
		if (!swap.getFromMemberId().equals(actor.id())) {
			throw new AccessDeniedException("Only who proposed a swap withdraws it");
		}
		swap.answer(SwapStatus.WITHDRAWN, this.clock.instant());
	}

	/** Swaps waiting for an answer that involve this member, with names and sessions. */
	public List<SwapView> openSwapsOf(Long memberId) {
		return views(this.swaps.findOpenInvolving(memberId));
	}

	public List<SwapView> swapsOf(Long sessionId) {
		return views(this.swaps.findBySession(sessionId));
	}

	public boolean isCoreTeam(Long memberId) {
		return this.members.cardsOf(List.of(memberId)).values().stream().anyMatch(MemberCard::coreTeam);
	}

	public List<MemberCard> coreTeam() {
		return this.members.coreTeam();
	}

	private List<SwapView> views(List<FacilitationSwap> found) {
		Set<Long> people = new HashSet<>();
		found.forEach((swap) -> {
			people.add(swap.getFromMemberId());
			people.add(swap.getToMemberId());
		});
		Map<Long, String> names = this.members.namesOf(people);
		Map<Long, CommunitySession> sessionsById = this.sessions
			.findAllById(found.stream().map(FacilitationSwap::getSessionId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(CommunitySession::getId, (session) -> session));
		return found.stream()
			.map((swap) -> new SwapView(swap, sessionsById.get(swap.getSessionId()), names.get(swap.getFromMemberId()),
					names.get(swap.getToMemberId())))
			.toList();
	}

	private FacilitationSwap openSwap(Long swapId) {
		FacilitationSwap swap = this.swaps.findById(swapId).orElseThrow(() -> new SwapNotFoundException(swapId));
		if (!swap.isOpen()) {
			throw new SessionRuleException("swap.answered");
		}
		return swap;
	}

	private CommunitySession upcomingNeedingFacilitator(Long sessionId) {
		CommunitySession session = this.sessions.findById(sessionId)
			.orElseThrow(() -> new SessionService.SessionNotFoundException(sessionId));
		if (!session.needsFacilitator() || session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("rotation.hasFacilitator");
		}
		return session;
	}

	private void requireCoreTeam(MemberPrincipal actor) {
		if (!isCoreTeam(actor.id())) {
			throw new AccessDeniedException("Only the core team takes part in the rotation");
		}
	}

	/**
	 * Sessions that are not cancelled, in start order, with their facilitators; one
	 * statement.
	 */
	private List<Rotation.Slot> timeline(Instant from, Instant to) {
		Map<Long, Rotation.Slot> slots = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.id, s.starts_at, s.duration_minutes, f.member_id
				  from (select id, starts_at, duration_minutes from community_sessions
				         where not cancelled and starts_at >= :from and starts_at < :to
				         order by starts_at, id limit :limit) s
				  left join session_facilitators f on f.session_id = s.id
				 order by s.starts_at, s.id""",
				new MapSqlParameterSource().addValue("from", utc(from))
					.addValue("to", utc(to))
					.addValue("limit", TIMELINE_LIMIT),
				(row) -> {
					Long id = row.getLong("id");
					Rotation.Slot slot = slots.get(id);
					if (slot == null) {
						slot = new Rotation.Slot(id, row.getObject("starts_at", OffsetDateTime.class).toInstant(),
								Duration.ofMinutes(row.getInt("duration_minutes")), new HashSet<>());
						slots.put(id, slot);
					}
					long memberId = row.getLong("member_id");
					if (!row.wasNull()) {
						slot.facilitatorIds().add(memberId);
					}
				});
		return List.copyOf(slots.values());
	}

	private List<Rotation.Leave> currentLeaves(Instant from) {
		return this.leaves.findEndingOnOrAfter(LocalDate.ofInstant(from, ZoneOffset.UTC).minusDays(1))
			.stream()
			.map((leave) -> new Rotation.Leave(leave.getMemberId(), leave.getStartsOn(), leave.getEndsOn()))
			.toList();
	}

	/** Declines of the last two weeks, and every decline of a session still to come. */
	private List<Rotation.Decline> declinesSince(Instant now) {
		return this.jdbc.query("""
				select d.session_id, d.member_id, d.declined_at from facilitation_declines d
				join community_sessions s on s.id = d.session_id
				where d.declined_at >= :since or s.starts_at > :now""",
				new MapSqlParameterSource().addValue("since", utc(now.minus(Rotation.DECLINE_REST)))
					.addValue("now", utc(now)),
				(row, n) -> new Rotation.Decline(row.getLong("session_id"), row.getLong("member_id"),
						row.getObject("declined_at", OffsetDateTime.class).toInstant()));
	}

	/**
	 * When each core-team member last facilitated before that instant: one index lookup
	 * per member rather than an aggregate over every facilitation ever.
	 */
	private Map<Long, Instant> lastFacilitatedBefore(Instant before, List<MemberCard> coreTeam) {
		Map<Long, Instant> last = new HashMap<>();
		if (coreTeam.isEmpty()) {
			return last;
		}
		this.jdbc.query(
				"""
						select m.id as member_id,
						       (select max(s.starts_at) from session_facilitators f join community_sessions s on s.id = f.session_id
						         where f.member_id = m.id and not s.cancelled and s.starts_at < :before) as last
						  from unnest(cast(:ids as bigint[])) m(id)""",
				new MapSqlParameterSource("before", utc(before)).addValue("ids",
						coreTeam.stream().map(MemberCard::id).toArray(Long[]::new)),
				(row) -> {
					OffsetDateTime at = row.getObject("last", OffsetDateTime.class);
					if (at != null) {
						last.put(row.getLong("member_id"), at.toInstant());
					}
				});
		return last;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** An upcoming session that needs a facilitator, with who the rotation suggests. */
	public record Planned(CommunitySession session, Rotation.Suggestion suggestion) {
	}

	/** What the rotation page shows: the plan ahead and the ledger behind. */
	public record Overview(List<Planned> plan, List<Rotation.LedgerLine> ledger) {
	}

	/** A swap with the session and the names of both people. */
	public record SwapView(FacilitationSwap swap, CommunitySession session, String fromName, String toName) {
	}

	/** No leave has the id a URL names. */
	static class LeaveNotFoundException extends NotFoundException {

		LeaveNotFoundException(Long id) {
			super("No leave " + id);
		}

	}

	/** No swap has the id a URL names. */
	static class SwapNotFoundException extends NotFoundException {

		SwapNotFoundException(Long id) {
			super("No swap " + id);
		}

	}

}
