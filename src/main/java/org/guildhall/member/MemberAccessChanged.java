package org.guildhall.member;

/**
 * A lead changed what a member may do: their role, their core-team flag, or whether their
 * account is active. {@code before} and {@code after} are the values as text.
 */
public record MemberAccessChanged(Long memberId, String email, Change change, String before, String after) {

	/** What changed. */
	public enum Change {

		ROLE, CORE_TEAM, ACTIVE

	}

}
