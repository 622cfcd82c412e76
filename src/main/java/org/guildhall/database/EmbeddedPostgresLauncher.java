package org.guildhall.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL on a data directory that outlives the process. When a previous run
 * was killed, its postmaster is still running on that directory; it is stopped first,
 * otherwise PostgreSQL refuses to start a second server on the same data.
 */
final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private EmbeddedPostgresLauncher() {
	}

	static EmbeddedPostgres start(Path dataDirectory, int port) {
		try {
			Path directory = dataDirectory.toAbsolutePath();
			Files.createDirectories(directory);
			stopOrphanedServer(directory);
			return EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring stops it after everything that uses it; zonky's own hook would
				// race the shutdown
				.setRegisterShutdownHook(false)
				// zonky turns this off for fast tests; here a commit must survive a crash
				.setServerConfig("synchronous_commit", "on")
				.setPort((port != 0) ? port : freePort())
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	static void stopOrphanedServer(Path dataDirectory) {
		postmasterOf(dataDirectory).ifPresent((postmaster) -> {
			log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it",
					postmaster.pid(), dataDirectory);
			postmaster.destroy();
			try {
				postmaster.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				postmaster.destroyForcibly();
				postmaster.onExit().join();
			}
		});
	}

	/**
	 * The live postmaster recorded in {@code postmaster.pid}, if it is a PostgreSQL
	 * process: a reused pid that now belongs to something else is left alone.
	 */
	static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty()) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.command()
					.map((command) -> command.contains("postgres"))
					.orElse(false));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
