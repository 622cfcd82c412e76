package org.guildhall.security;

/**
 * Sessions of a member were ended by something other than their own sign-out: a change of
 * their rights, a new password, or the member on their sessions page.
 */
public record SessionsEnded(Long memberId, int count, Reason reason) {

	/** Why they were ended. */
	public enum Reason {

		/** A lead changed the member's role, core-team flag or active flag. */
		ACCESS_CHANGED,
		/** The member's password changed, or a sign-in link was used. */
		PASSWORD_CHANGED,
		/** The member ended them on their sessions page. */
		BY_MEMBER

	}

}
