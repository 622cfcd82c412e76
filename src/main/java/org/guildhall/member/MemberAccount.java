package org.guildhall.member;

/**
 * A member as signing in sees them: who they are, whether they may sign in at all
 * (active), and whether they have set a password yet.
 */
public record MemberAccount(Long id, String name, String email, boolean active, boolean hasPassword) {
}
