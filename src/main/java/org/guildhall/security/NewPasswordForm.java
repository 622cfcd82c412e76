package org.guildhall.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice; used where a member sets their password from a sign-in
 * link.
 */
record NewPasswordForm(@NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
		String confirmation) implements TypedTwice {

	static NewPasswordForm blank() {
		return new NewPasswordForm("", "");
	}

}
