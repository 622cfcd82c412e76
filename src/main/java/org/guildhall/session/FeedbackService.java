package org.guildhall.session;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session feedback: attendees answer once and may change their answer for a week; NPS per
 * session, format, facilitator and month.
 */
@Service
@Transactional(readOnly = true)
class FeedbackService {

	/** How many months the trend shows. */
	static final int TREND_MONTHS = 12;

	private final SessionService sessions;

	private final SessionFeedbackRepository feedback;

	private final FeedbackFigures figures;

	private final Members members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FeedbackService(SessionService sessions, SessionFeedbackRepository feedback, FeedbackFigures figures,
			Members members, ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.feedback = feedback;
		this.figures = figures;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The session an attendee may give feedback on: ended, not cancelled, and they came.
	 */
	CommunitySession answerable(MemberPrincipal actor, Long sessionId) {
		CommunitySession session = this.sessions.find(sessionId);
		if (!session.attended(actor.id())) {
			throw new AccessDeniedException("Only attendees give feedback on a session");
		}
		if (session.isCancelled() || !session.hasEnded(this.clock.instant())) {
			throw new SessionRuleException("feedback.notEnded");
		}
		return session;
	}

	public Optional<SessionFeedback> answerOf(Long memberId, Long sessionId) {
		return this.feedback.findBySessionIdAndMemberId(sessionId, memberId);
	}

	/**
	 * Gives or changes the actor's one answer. A second answer replaces the first while
	 * it is still editable; after a week it stands.
	 */
	@Transactional
	public SessionFeedback give(MemberPrincipal actor, Long sessionId, FeedbackForm form) {
		answerable(actor, sessionId);
		Instant now = this.clock.instant();
		Optional<SessionFeedback> existing = answerOf(actor.id(), sessionId);
		SessionFeedback answer;
		if (existing.isPresent()) {
			answer = existing.get();
			if (!answer.isEditable(now)) {
				throw new SessionRuleException("feedback.locked");
			}
			answer.revise(form.getScore(), form.getComment(), now);
		}
		else {
			answer = this.feedback
				.save(new SessionFeedback(sessionId, actor.id(), form.getScore(), form.getComment(), now));
		}
		this.events.publishEvent(new FeedbackGiven(sessionId, actor.id(), form.getScore(), existing.isPresent(), now));
		return answer;
	}

	/** Everything the NPS page shows, in three statements. */
	public NpsReport report() {
		YearMonth thisMonth = YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
		YearMonth first = thisMonth.minusMonths(TREND_MONTHS - 1);
		FeedbackFigures.Summary summary = this.figures.summary(first);
		Map<YearMonth, Nps> byMonth = summary.byMonth();
		List<MonthNps> trend = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
			trend.add(new MonthNps(month, byMonth.getOrDefault(month, Nps.NONE)));
		}
		Map<Long, Nps> byFacilitator = this.figures.byFacilitator(first);
		Map<Long, String> names = this.members.namesOf(byFacilitator.keySet());
		List<FacilitatorNps> facilitators = byFacilitator.entrySet()
			.stream()
			.map((entry) -> new FacilitatorNps(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparing(FacilitatorNps::name))
			.toList();
		return new NpsReport(summary.overall(), summary.byFormat(), facilitators, trend);
	}

	/**
	 * NPS over the last twelve months: overall, per format, per facilitator and per
	 * month.
	 */
	public record NpsReport(Nps overall, Map<SessionFormat, Nps> byFormat, List<FacilitatorNps> byFacilitator,
			List<MonthNps> trend) {
	}

	/** One facilitator's NPS across the sessions they facilitated. */
	public record FacilitatorNps(Long memberId, String name, Nps nps) {
	}

	/** One month's NPS. */
	public record MonthNps(YearMonth month, Nps nps) {
	}

}
