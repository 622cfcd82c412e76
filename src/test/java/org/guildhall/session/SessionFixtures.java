package org.guildhall.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.guildhall.member.ActingAs;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans sessions for tests through the same service the pages use; sessions in the past
 * are fine (a lead may log one held before Guildhall).
 */
@Component
public class SessionFixtures {

	private final SessionService sessions;

	private final CommunitySessionRepository repository;

	private final SessionFeedbackRepository feedback;

	private final Members members;

	private final FacilitationSwaps swaps;

	private final CoreTeamLeaves leaves;

	private final TransactionTemplate transaction;

	SessionFixtures(SessionService sessions, CommunitySessionRepository repository, SessionFeedbackRepository feedback,
			Members members, FacilitationSwaps swaps, CoreTeamLeaves leaves, TransactionTemplate transaction) {
		this.sessions = sessions;
		this.swaps = swaps;
		this.leaves = leaves;
		this.repository = repository;
		this.feedback = feedback;
		this.members = members;
		this.transaction = transaction;
	}

	/** A one-hour online workshop starting then, facilitated by these members. */
	public CommunitySession plan(String title, Instant start, Long... facilitators) {
		SessionForm form = SessionForm.blank(LocalDate.ofInstant(start, ZoneOffset.UTC), "UTC", null, null);
		form.setTitle(title);
		form.setFormat(SessionFormat.WORKSHOP);
		form.setTime(LocalTime.ofInstant(start, ZoneOffset.UTC));
		form.setDurationMinutes(60);
		form.setOnlineLink("https://meet.example.com/" + title.hashCode());
		form.setFacilitatorIds(new ArrayList<>(List.of(facilitators)));
		return ActingAs.member(this.members.findPrincipal(DemoPeople.LEAD).orElseThrow(),
				() -> this.sessions.plan(form));
	}

	/** Records who came, as a lead would, whatever the session's dates. */
	public void attended(Long sessionId, Collection<Long> attendees) {
		this.transaction.executeWithoutResult((status) -> {
			CommunitySession session = this.repository.findById(sessionId).orElseThrow();
			Map<Long, MemberCard> cards = this.members.cardsOf(attendees);
			session.recordAttendance(new HashSet<>(attendees), SessionService.isCrossFunctional(attendees, cards),
					session.endsAt());
			this.repository.save(session);
		});
	}

	/** An answer given right after the session, straight into the table. */
	public void answered(Long sessionId, Long memberId, int score, String comment) {
		CommunitySession session = this.repository.findById(sessionId).orElseThrow();
		this.feedback.save(new SessionFeedback(sessionId, memberId, score, comment, session.endsAt()));
	}

	/** A facilitator of an upcoming session asks another core-team member to take it. */
	public Long swap(MemberPrincipal from, Long sessionId, Long to) {
		return this.swaps.proposeSwap(from, sessionId, to).getId();
	}

	/** A week away, starting in ten days. */
	public Long leave(MemberPrincipal member) {
		LeaveForm form = new LeaveForm();
		form.setStartsOn(LocalDate.now(ZoneOffset.UTC).plusDays(10));
		form.setEndsOn(form.getStartsOn().plusDays(6));
		return this.leaves.addLeave(member, form).getId();
	}

	public CommunitySession find(Long id) {
		return this.transaction.execute((status) -> {
			CommunitySession session = this.repository.findById(id).orElseThrow();
			session.getFacilitatorIds().size();
			session.getSignUpIds().size();
			session.getAttendeeIds().size();
			return session;
		});
	}

	public long answersTo(Long sessionId) {
		return this.feedback.countBySessionId(sessionId);
	}

}
