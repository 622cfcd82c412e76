package org.guildhall.security;

/**
 * A member set their password with a sign-in link, or tried a link that no longer works
 * ({@code memberId} is then null).
 */
public record SignInLinkUsed(Long memberId, String email, boolean accepted) {
}
