package org.guildhall.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.guildhall.backlog.BacklogItems;
import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;
import org.hibernate.Hibernate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions: planning them, signing up and off, and recording who came.
 */
@Service
@Transactional(readOnly = true)
class SessionService {

	private final CommunitySessionRepository sessions;

	private final Members members;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final KeyResults keyResults;

	private final Clock clock;

	SessionService(CommunitySessionRepository sessions, Members members, SkillService skills, BacklogItems backlogItems,
			KeyResults keyResults, Clock clock) {
		this.sessions = sessions;
		this.members = members;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.keyResults = keyResults;
		this.clock = clock;
	}

	public CommunitySession find(Long id) {
		return this.sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public CommunitySession plan(SessionForm form) {
		check(form);
		CommunitySession session = new CommunitySession(form.getTitle(), form.getFormat(), startOf(form),
				form.getDurationMinutes(), form.getTimeZone());
		apply(session, form);
		return this.sessions.save(session);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public CommunitySession update(Long id, SessionForm form) {
		CommunitySession session = find(id);
		Versions.requireCurrent(CommunitySession.class, id, session.getVersion(), form.getVersion());
		check(form);
		session.schedule(startOf(form), form.getDurationMinutes(), form.getTimeZone());
		apply(session, form);
		return this.sessions.saveAndFlush(session);
	}

	SessionForm editForm(Long id) {
		return SessionForm.from(find(id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void cancel(Long id) {
		CommunitySession session = find(id);
		if (session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("session.cancel.started");
		}
		session.cancel();
	}

	/** Signs a member up; the session row is locked so that the last place goes once. */
	@Transactional
	public void signUp(MemberPrincipal member, Long id) {
		CommunitySession session = this.sessions.findForUpdate(id).orElseThrow(() -> new SessionNotFoundException(id));
		if (session.isCancelled() || session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("session.signUp.closed");
		}
		if (!session.isSignedUp(member.id()) && session.isFull()) {
			throw new SessionRuleException("session.signUp.full");
		}
		session.signUp(member.id());
	}

	@Transactional
	public void signOff(MemberPrincipal member, Long id) {
		CommunitySession session = find(id);
		if (session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("session.signOff.started");
		}
		session.signOff(member.id());
	}

	/**
	 * The session whose attendance this actor may record: its facilitators' or a lead's.
	 */
	CommunitySession attendanceOf(MemberPrincipal actor, Long id) {
		CommunitySession session = find(id);
		if (!actor.isLead() && !session.isFacilitatedBy(actor.id())) {
			throw new AccessDeniedException("Only a facilitator or a lead records attendance");
		}
		if (session.isCancelled() || !session.hasStarted(this.clock.instant())) {
			throw new SessionRuleException("session.attendance.notStarted");
		}
		Hibernate.initialize(session.getSignUpIds());
		Hibernate.initialize(session.getAttendeeIds());
		Hibernate.initialize(session.getFacilitatorIds());
		return session;
	}

	/**
	 * Who the attendance form offers: everyone signed up or facilitating, then anyone
	 * else.
	 */
	List<MemberCard> attendanceCandidates(CommunitySession session) {
		Set<Long> ids = new HashSet<>(session.getSignUpIds());
		ids.addAll(session.getFacilitatorIds());
		ids.addAll(session.getAttendeeIds());
		return this.members.cardsOf(ids).values().stream().sorted(Comparator.comparing(MemberCard::name)).toList();
	}

	@Transactional
	public void recordAttendance(MemberPrincipal actor, Long id, Collection<Long> attendeeIds) {
		CommunitySession session = attendanceOf(actor, id);
		Set<Long> attendees = new HashSet<>(attendeeIds);
		this.members.requireContributors("attendeeIds", attendees);
		Map<Long, MemberCard> cards = this.members.cardsOf(attendees);
		session.recordAttendance(attendees, isCrossFunctional(attendees, cards), this.clock.instant());
		this.sessions.save(session);
	}

	/**
	 * A session counts as cross-functional when its attendees come from two or more
	 * business units.
	 */
	static boolean isCrossFunctional(Collection<Long> attendeeIds, Map<Long, MemberCard> cards) {
		return attendeeIds.stream()
			.map(cards::get)
			.filter(Objects::nonNull)
			.map(MemberCard::businessUnit)
			.filter(Objects::nonNull)
			.distinct()
			.count() >= 2;
	}

	private void check(SessionForm form) {
		if (blank(form.getOnlineLink()) && blank(form.getPlace())) {
			throw new RuleViolationException("onlineLink", "session.where.missing");
		}
		this.members.requireContributors("facilitatorIds", form.getFacilitatorIds());
		this.skills.requireKnown("skillIds", form.getSkillIds());
		this.backlogItems.requireKnown("backlogItemId", form.getBacklogItemId());
		this.keyResults.requireKnown("keyResultId", form.getKeyResultId());
	}

	private static Instant startOf(SessionForm form) {
		return SessionTimes.toInstant(form.getDate(), form.getTime(), ZoneId.of(form.getTimeZone()))
			.orElseThrow(() -> new RuleViolationException("time", "session.time.skipped"));
	}

	private static void apply(CommunitySession session, SessionForm form) {
		session.describe(form.getTitle(), form.getFormat(), form.getDescription(), form.getOnlineLink(),
				form.getPlace(), form.getCapacity());
		session.link(form.getBacklogItemId(), form.getKeyResultId(), new HashSet<>(form.getSkillIds()));
		session.facilitatedBy(new HashSet<>(form.getFacilitatorIds()));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** No session has the id a URL names. */
	static class SessionNotFoundException extends NotFoundException {

		SessionNotFoundException(Long id) {
			super("No session " + id);
		}

	}

}
