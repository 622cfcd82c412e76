package org.guildhall.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberCard;
import org.guildhall.member.MemberName;
import org.guildhall.member.Members;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three months of community rhythm to try Guildhall with: past sessions with attendance
 * and feedback, upcoming ones (two still without a facilitator, so the rotation has
 * something to suggest), and one core-team member away. Loaded once, when there is no
 * session yet.
 */
@Component
@ConditionalOnDemoData
class SessionDemoData implements DemoDataSet {

	/**
	 * Scores the demo attendees give, in turn: mostly promoters, some passives, a few
	 * detractors.
	 */
	private static final int[] SCORES = { 9, 10, 8, 9, 6, 10, 7, 9, 10, 8, 5, 9 };

	private static final List<String> COMMENTS = List.of("Hands-on, with a real incident: more of this please.",
			"Too much time on slides, not enough on the exercise.", "Great to hear how another team handles on-call.",
			"The game day scenario was close to what we live; I learned a lot.");

	private final CommunitySessionRepository sessions;

	private final SessionFeedbackRepository feedback;

	private final CoreTeamLeaveRepository leaves;

	private final Members members;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SessionDemoData(CommunitySessionRepository sessions, SessionFeedbackRepository feedback,
			CoreTeamLeaveRepository leaves, Members members, TransactionTemplate transaction, Clock clock) {
		this.sessions = sessions;
		this.feedback = feedback;
		this.leaves = leaves;
		this.members = members;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.SESSIONS;
	}

	@Override
	public boolean load() {
		if (this.sessions.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		List<MemberCard> core = this.members.coreTeam();
		Map<String, Long> coreByName = core.stream().collect(Collectors.toMap(MemberCard::name, MemberCard::id));
		List<Long> everyone = this.members.contributors().stream().map(MemberName::id).toList();
		Long member = this.members.principal(DemoPeople.MEMBER).id();
		Long lucia = this.members.principal(DemoPeople.LEAD).id();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));

		past(today.minusDays(84), 15, SessionFormat.GAME_DAY, "Game day: losing a database replica",
				coreByName.get("Ana Pereira"), everyone, 0, 14, member);
		past(today.minusDays(70), 13, SessionFormat.SHOW_AND_TELL, "Show and tell: our worst deploy of the year",
				coreByName.get("Valentina Gómez"), everyone, 5, 11, null);
		past(today.minusDays(56), 15, SessionFormat.WORKSHOP, "Writing SLOs that people believe", lucia, everyone, 10,
				16, member);
		past(today.minusDays(42), 12, SessionFormat.TALK, "How payments survived Black Friday",
				coreByName.get("Santiago Herrera"), everyone, 3, 9, null);
		past(today.minusDays(28), 15, SessionFormat.HACKATHON, "Hackathon: runbooks as code",
				coreByName.get("Priya Sharma"), everyone, 15, 12, member);
		past(today.minusDays(14), 16, SessionFormat.TRAINING, "Incident command for first-timers",
				coreByName.get("Andrei Ionescu"), everyone, 20, 10, null);
		past(today.minusDays(3), 15, SessionFormat.GAME_DAY, "Game day: the cache stampede",
				coreByName.get("Ana Pereira"), everyone, 8, 9, member);

		upcoming(today.plusDays(5), 15, SessionFormat.WORKSHOP, "Chaos experiments in a small context first",
				coreByName.get("Priya Sharma"), everyone, member);
		upcoming(today.plusDays(12), 14, SessionFormat.SHOW_AND_TELL, "Real failures, real victories: December edition",
				null, everyone, null);
		upcoming(today.plusDays(19), 15, SessionFormat.GAME_DAY, "Game day: region failover", null, everyone, member);
		upcoming(today.plusDays(26), 16, SessionFormat.TALK, "Error budgets and product managers",
				coreByName.get("Valentina Gómez"), everyone, null);

		Long andrei = coreByName.get("Andrei Ionescu");
		if (andrei != null) {
			this.leaves.save(new CoreTeamLeave(andrei, today.plusDays(8), today.plusDays(16), "Holiday"));
		}
	}

	private void past(LocalDate day, int hourUtc, SessionFormat format, String title, Long facilitator,
			List<Long> everyone, int from, int count, Long alsoAttending) {
		CommunitySession session = session(day, hourUtc, format, title, facilitator);
		Set<Long> attendees = new HashSet<>(
				everyone.subList(Math.min(from, everyone.size()), Math.min(from + count, everyone.size())));
		if (alsoAttending != null) {
			attendees.add(alsoAttending);
		}
		attendees.remove(facilitator);
		attendees.forEach(session::signUp);
		Instant end = session.endsAt();
		CommunitySession saved = this.sessions.save(session);
		Map<Long, MemberCard> cards = this.members.cardsOf(attendees);
		saved.recordAttendance(attendees, SessionService.isCrossFunctional(attendees, cards), end);
		this.sessions.save(saved);
		int i = from;
		for (Long attendee : attendees.stream().sorted().toList()) {
			// the demo member's answer about the latest session is left for them to give
			if (attendee.equals(alsoAttending) && day.isAfter(LocalDate.now(this.clock).minusDays(7))) {
				continue;
			}
			if (i % 4 != 3) {
				String comment = (i % 5 == 0) ? COMMENTS.get(i % COMMENTS.size()) : null;
				this.feedback.save(new SessionFeedback(saved.getId(), attendee, SCORES[i % SCORES.length], comment,
						end.plus(Duration.ofHours(2 + i % 20))));
			}
			i++;
		}
	}

	private void upcoming(LocalDate day, int hourUtc, SessionFormat format, String title, Long facilitator,
			List<Long> everyone, Long alsoSignedUp) {
		CommunitySession session = session(day, hourUtc, format, title, facilitator);
		everyone.stream().skip(day.getDayOfMonth() % 7).limit(6).forEach(session::signUp);
		if (alsoSignedUp != null) {
			session.signUp(alsoSignedUp);
		}
		this.sessions.save(session);
	}

	private CommunitySession session(LocalDate day, int hourUtc, SessionFormat format, String title, Long facilitator) {
		Instant start = day.atTime(LocalTime.of(hourUtc, 0)).toInstant(ZoneOffset.UTC);
		CommunitySession session = new CommunitySession(title, format, start, 90, "Europe/Madrid");
		session.describe(title, format, """
				Bring a laptop and a real story. We work in small groups and finish with what each group
				will try in its own team next week.""", "https://meet.example.com/guildhall-sre", null, 40);
		session.link(null, null, Set.of());
		if (facilitator != null) {
			session.facilitatedBy(Set.of(facilitator));
		}
		return session;
	}

}
