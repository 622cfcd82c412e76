package org.guildhall.security;

/**
 * A fresh installation was set up: its first lead exists.
 */
public record FirstLeadCreated(Long memberId, String email) {
}
