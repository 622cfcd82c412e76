package org.guildhall.security;

/**
 * How long a password may be: long enough to resist guessing, short enough that hashing
 * it stays cheap. Argon2 has no byte limit, so a long passphrase is welcome.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	private PasswordRules() {
	}

}
