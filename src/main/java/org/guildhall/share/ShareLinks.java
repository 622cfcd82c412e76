package org.guildhall.share;

import org.guildhall.member.ProfileSection;

import org.springframework.stereotype.Component;

/**
 * Lists a member's knowledge shares (theirs, and those they took part in) on their
 * profile.
 */
@Component
class ShareLinks implements ProfileSection {

	private static final int ON_A_PROFILE = 5;

	private final ShareService shares;

	ShareLinks(ShareService shares) {
		this.shares = shares;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Contents contentsFor(Long memberId) {
		return new Contents("Knowledge shares", this.shares.byPerson(memberId, ON_A_PROFILE),
				this.shares.countByPerson(memberId), "/shares?person=" + memberId, "No shares yet.");
	}

}
