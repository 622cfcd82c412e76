package org.guildhall.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a sign-in lasts: the idle timeout is {@code server.servlet.session.timeout};
 * this is the absolute lifetime, after which a session must sign in again however busy it
 * was.
 *
 * @param absoluteLifetime from sign-in to the end of the session (7 days by default)
 */
@ConfigurationProperties("guildhall.session")
record SessionSettings(Duration absoluteLifetime) {

	SessionSettings {
		absoluteLifetime = (absoluteLifetime != null) ? absoluteLifetime : Duration.ofDays(7);
	}

}
