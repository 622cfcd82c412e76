package org.guildhall.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in member's password change: the current password, then the new one twice.
 */
record PasswordChangeForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
		String confirmation) implements TypedTwice {

	static PasswordChangeForm blank() {
		return new PasswordChangeForm("", "", "");
	}

}
