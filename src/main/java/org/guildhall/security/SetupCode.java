package org.guildhall.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The one-time code that proves the person at {@code /setup} runs this installation: it
 * is printed in the start-up log (like Jenkins' initial admin password) unless the
 * operator chose it in {@code GUILDHALL_SETUP_CODE}, which several instances then share.
 */
@Component
class SetupCode {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int GROUPS = 3;

	private static final int GROUP_LENGTH = 5;

	private final String code;

	private final boolean chosen;

	SetupCode(SetupSettings settings) {
		String configured = settings.setupCode();
		this.chosen = StringUtils.hasText(configured);
		this.code = this.chosen ? configured.strip() : generate();
	}

	/** Whether the operator chose the code, so that the log need not print it. */
	boolean chosen() {
		return this.chosen;
	}

	String code() {
		return this.code;
	}

	/** Compares in constant time, ignoring case, spaces and dashes. */
	boolean matches(String typed) {
		if (typed == null) {
			return false;
		}
		return MessageDigest.isEqual(normalise(typed).getBytes(StandardCharsets.UTF_8),
				normalise(this.code).getBytes(StandardCharsets.UTF_8));
	}

	private static String normalise(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

}
