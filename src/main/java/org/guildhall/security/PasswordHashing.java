package org.guildhall.security;

import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's settings (19 MiB, 2 iterations, 1 lane);
 * the delegating encoder records the algorithm in each hash so that it can change later,
 * and hashes made with weaker settings are replaced at the next sign-in. Each hash holds
 * 19 MiB of heap, so only a few are computed at once: a burst of sign-ins queues instead
 * of exhausting memory.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final int MEMORY_KIB = 19 * 1024;

	static final int ITERATIONS = 2;

	@Bean
	PasswordEncoder passwordEncoder(SignInSettings signIn) {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);
		return new FewAtOnce(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)),
				signIn.concurrentHashes());
	}

	/** Lets only a fixed number of hashes be computed at the same time. */
	static final class FewAtOnce implements PasswordEncoder {

		private final PasswordEncoder encoder;

		private final Semaphore permits;

		FewAtOnce(PasswordEncoder encoder, int permits) {
			this.encoder = encoder;
			this.permits = new Semaphore(Math.max(1, permits), true);
		}

		@Override
		public String encode(CharSequence rawPassword) {
			this.permits.acquireUninterruptibly();
			try {
				return this.encoder.encode(rawPassword);
			}
			finally {
				this.permits.release();
			}
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			this.permits.acquireUninterruptibly();
			try {
				return this.encoder.matches(rawPassword, encodedPassword);
			}
			finally {
				this.permits.release();
			}
		}

		@Override
		public boolean upgradeEncoding(String encodedPassword) {
			return this.encoder.upgradeEncoding(encodedPassword);
		}

	}

}
