package org.guildhall.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.stereotype.Component;

/**
 * What a new password must not be, beyond its length: one of the 10,000 most common
 * passwords (the list ships with Guildhall, see the README for its source), or built from
 * the member's own email or name.
 */
@Component
class PasswordPolicy implements CompromisedPasswordChecker {

	private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

	/** Shorter parts of a name or an email are too common to refuse. */
	private static final int SHORTEST_PERSONAL_PART = 4;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	@Override
	public CompromisedPasswordDecision check(String password) {
		return new CompromisedPasswordDecision(password != null && this.common.contains(normalise(password)));
	}

	/**
	 * The message code of the first rule this new password breaks for a member with this
	 * email and name, if any.
	 */
	Optional<String> problemWith(String password, String email, String name) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		if (check(password).isCompromised()) {
			return Optional.of("password.common");
		}
		String typed = compact(password);
		for (String personal : personalParts(email, name)) {
			if (personal.length() >= SHORTEST_PERSONAL_PART && typed.contains(personal)) {
				return Optional.of("password.personal");
			}
		}
		return Optional.empty();
	}

	private static Set<String> personalParts(String email, String name) {
		Set<String> parts = new HashSet<>();
		if (email != null && !email.isBlank()) {
			parts.add(compact(email));
			parts.add(compact(email.substring(0, Math.max(0, email.indexOf('@')))));
		}
		if (name != null && !name.isBlank()) {
			parts.add(compact(name));
		}
		return parts;
	}

	/**
	 * Lower case without spaces or dots: "Ana Pereira" and "ana.pereira" compare equal.
	 */
	private static String compact(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
	}

	private static String normalise(String password) {
		return password.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(16_384);
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines().filter((line) -> !line.isBlank()).map(PasswordPolicy::normalise).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, ex);
		}
		return Set.copyOf(passwords);
	}

}
