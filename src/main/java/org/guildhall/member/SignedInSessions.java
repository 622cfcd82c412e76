package org.guildhall.member;

/**
 * The sessions members are signed in with, which the member module must be able to end
 * when a member's rights change. Owned here, implemented where sessions live.
 */
public interface SignedInSessions {

	/**
	 * Ends every session of this member except the one making the current request (when
	 * it is theirs), and answers how many were ended.
	 */
	int endSessionsOf(Long memberId);

}
