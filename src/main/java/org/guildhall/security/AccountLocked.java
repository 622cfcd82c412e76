package org.guildhall.security;

import java.time.Instant;

/**
 * Too many failed sign-ins made an account wait, or a lead freed it ({@code until} is
 * then null). {@code memberId} is null for an email nobody has.
 */
public record AccountLocked(Long memberId, String email, Instant until, boolean unlocked) {

	static AccountLocked locked(Long memberId, String email, Instant until) {
		return new AccountLocked(memberId, email, until, false);
	}

	static AccountLocked unlocked(Long memberId, String email) {
		return new AccountLocked(memberId, email, null, true);
	}

}
