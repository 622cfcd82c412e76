package org.guildhall.session;

import java.time.Instant;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;

/**
 * What a session's page offers its viewer, decided once from the session's state and the
 * viewer's role by the rules its URLs enforce: the page shows a button only when pressing
 * it would be allowed.
 *
 * @param edit edit or cancel it: a lead, before it starts
 * @param assign name its facilitator: a lead
 * @param signUp sign up or off: a lead or member, before it starts
 * @param signedUp the viewer is signed up
 * @param attendance who came is shown: it started and was not cancelled
 * @param recordAttendance record who came: a lead or one of its facilitators
 * @param feedback its feedback is shown: it ended and was not cancelled
 * @param giveFeedback say how it went: the viewer attended
 * @param proposeSwap hand it to another core-team member: its facilitator, before it
 * starts
 */
record SessionActions(boolean edit, boolean assign, boolean signUp, boolean signedUp, boolean attendance,
		boolean recordAttendance, boolean feedback, boolean giveFeedback, boolean proposeSwap) {

	static SessionActions of(CommunitySession session, MemberPrincipal viewer, Instant now) {
		boolean open = !session.isCancelled() && !session.hasStarted(now);
		boolean facilitating = session.isFacilitatedBy(viewer.id());
		boolean contributor = viewer.role() == Role.LEAD || viewer.role() == Role.MEMBER;
		boolean held = !session.isCancelled() && session.hasStarted(now);
		return new SessionActions(viewer.isLead() && open, viewer.isLead(), contributor && open,
				session.isSignedUp(viewer.id()), held, held && (viewer.isLead() || facilitating),
				!session.isCancelled() && session.hasEnded(now), session.attended(viewer.id()), facilitating && open);
	}

}
