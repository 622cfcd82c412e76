package org.guildhall.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;

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
class RotationService {

	/** How far ahead the rotation page plans. */
	static final Duration HORIZON = Duration.ofDays(90);

	private final CommunitySessionRepository sessions;

	private final RotationHistory history;

	private final Members members;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	RotationService(CommunitySessionRepository sessions, RotationHistory history, Members members,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.sessions = sessions;
		this.history = history;
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
		List<Rotation.Slot> timeline = this.history.timeline(from, now.plus(HORIZON));
		Map<Long, Instant> facilitatedBefore = this.history.lastFacilitatedBefore(from, coreTeam);
		Map<Long, Rotation.Suggestion> plan = new Rotation(coreTeam, this.history.currentLeaves(from),
				this.history.declinesSince(now), facilitatedBefore)
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
		Rotation rotation = new Rotation(coreTeam, this.history.currentLeaves(from), this.history.declinesSince(now),
				this.history.lastFacilitatedBefore(from, coreTeam));
		return rotation.plan(this.history.timeline(from, until.plusSeconds(1)), now);
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

	public boolean isCoreTeam(Long memberId) {
		return this.members.cardsOf(List.of(memberId)).values().stream().anyMatch(MemberCard::coreTeam);
	}

	public List<MemberCard> coreTeam() {
		return this.members.coreTeam();
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

	/** An upcoming session that needs a facilitator, with who the rotation suggests. */
	public record Planned(CommunitySession session, Rotation.Suggestion suggestion) {
	}

	/** What the rotation page shows: the plan ahead and the ledger behind. */
	public record Overview(List<Planned> plan, List<Rotation.LedgerLine> ledger) {
	}

}
