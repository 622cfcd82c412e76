package org.guildhall.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guildhall.web.CountryCode;
import org.guildhall.web.TimeZoneId;

/**
 * The first lead of a fresh installation, and the set-up code from the start-up log that
 * proves the person runs this installation.
 */
record SetupForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @CountryCode String country,
		@NotBlank @TimeZoneId String timeZone,
		@NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password,
		String confirmation) implements TypedTwice {

	static SetupForm blank() {
		return new SetupForm("", "", "", "", "UTC", "", "");
	}

}
