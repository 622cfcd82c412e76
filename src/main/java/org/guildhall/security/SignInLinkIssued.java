package org.guildhall.security;

import java.time.Instant;

/**
 * A lead created a sign-in link for a member; it works once, until it expires.
 */
public record SignInLinkIssued(Long memberId, String email, Instant expiresAt) {
}
