package org.guildhall.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL for the whole test JVM, in a temporary directory that is
 * deleted when the JVM exits.
 */
final class SharedEmbeddedPostgres {

	private static EmbeddedPostgres instance;

	private SharedEmbeddedPostgres() {
	}

	static synchronized EmbeddedPostgres instance() {
		if (instance == null) {
			try {
				instance = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
			}
		}
		return instance;
	}

}
