package org.guildhall.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresTests}: starts the embedded PostgreSQL on
 * a data directory, says so, and waits to be killed, leaving its postmaster behind as a
 * killed Guildhall does.
 */
public final class OrphanedPostgres {

	private OrphanedPostgres() {
	}

	public static void main(String[] arguments) throws InterruptedException {
		EmbeddedPostgresLauncher.start(Path.of(arguments[0]), 0);
		System.out.println("READY");
		System.out.flush();
		Thread.currentThread().join();
	}

}
