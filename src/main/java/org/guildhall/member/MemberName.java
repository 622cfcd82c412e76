package org.guildhall.member;

/**
 * A member as other features name them: in lists, as owners, as authors.
 */
public record MemberName(Long id, String name) {
}
