package org.guildhall.security;

/**
 * A new password and its confirmation, which must match.
 */
interface TypedTwice {

	String password();

	String confirmation();

	default boolean confirmed() {
		return password() != null && password().equals(confirmation());
	}

}
