package org.guildhall.session;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.guildhall.backlog.BacklogItemLinks;
import org.guildhall.member.ProfileSection;
import org.guildhall.okr.KeyResultLinks;
import org.guildhall.web.Link;

import org.springframework.stereotype.Component;

/**
 * Shows sessions where other features need them: behind key results and backlog items,
 * and on the profiles of the members who attended them.
 */
@Component
class SessionLinks implements KeyResultLinks, BacklogItemLinks, ProfileSection {

	private static final int ON_A_PROFILE = 5;

	private final SessionPages sessions;

	SessionLinks(SessionPages sessions) {
		this.sessions = sessions;
	}

	@Override
	public Map<Long, List<Link>> linksToKeyResults(Collection<Long> keyResultIds) {
		return this.sessions.byKeyResults(keyResultIds);
	}

	@Override
	public Map<Long, List<Link>> linksToBacklogItems(Collection<Long> backlogItemIds) {
		return this.sessions.byBacklogItems(backlogItemIds);
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Contents contentsFor(Long memberId) {
		return new Contents("Sessions attended", this.sessions.attendedBy(memberId, ON_A_PROFILE),
				this.sessions.countAttendedBy(memberId), "/sessions?when=past", "No session attended yet.");
	}

}
