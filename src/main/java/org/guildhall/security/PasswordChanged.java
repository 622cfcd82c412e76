package org.guildhall.security;

/**
 * A signed-in member changed their own password.
 */
public record PasswordChanged(Long memberId, String email) {
}
