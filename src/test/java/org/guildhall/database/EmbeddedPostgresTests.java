package org.guildhall.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.guildhall.support.RunningGuildhall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-set-up run: Guildhall on its own embedded PostgreSQL, as {@code ./mvnw
 * spring-boot:run} starts it, with its data in a directory that outlives the process.
 */
class EmbeddedPostgresTests {

	@TempDir
	Path dataDirectory;

	@Test
	void bootsWithDemoDataAndKeepsChangesAcrossARestart() throws Exception {
		long members;
		try (RunningGuildhall guildhall = startOnEmbeddedDatabase()) {
			JdbcTemplate jdbc = guildhall.bean(JdbcTemplate.class);
			members = jdbc.queryForObject("select count(*) from members", Long.class);
			assertThat(members).isGreaterThanOrEqualTo(40);
			assertThat(jdbc.queryForObject(
					"select count(*) from members where email like '%@example.com' " + "and password_hash is not null",
					Long.class))
				.isEqualTo(3);
			jdbc.update("update members set name = 'Renamed Before Restart' where email = 'member@example.com'");
			assertThat(guildhall.client().get("/login").statusCode()).isEqualTo(200);
		}
		assertThat(this.dataDirectory.resolve("postgresql.conf")).exists();

		try (RunningGuildhall guildhall = startOnEmbeddedDatabase()) {
			JdbcTemplate jdbc = guildhall.bean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select name from members where email = 'member@example.com'", String.class))
				.isEqualTo("Renamed Before Restart");
			assertThat(jdbc.queryForObject("select count(*) from members", Long.class))
				.as("demo data is loaded once, not again on every start")
				.isEqualTo(members);
		}
	}

	@Test
	void startsAfterAKilledRunLeftItsPostgresRunning() throws Exception {
		Process killedRun = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(),
				this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(killedRun.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.lines().filter("READY"::equals).findFirst()).isPresent();
		}
		killedRun.destroyForcibly().waitFor();
		Optional<ProcessHandle> orphan = EmbeddedPostgresLauncher.postmasterOf(this.dataDirectory);
		assertThat(orphan).as("the killed run's postmaster is still running").isPresent();

		try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(this.dataDirectory, 0)) {
			assertThat(orphan.get().isAlive()).isFalse();
			JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
			assertThat(jdbc.queryForObject("select 1", Integer.class)).isEqualTo(1);
		}
		assertThat(Files.exists(this.dataDirectory.resolve("postmaster.pid"))).isFalse();
	}

	private RunningGuildhall startOnEmbeddedDatabase() {
		return RunningGuildhall.start("--spring.datasource.url=", "--guildhall.embedded-postgres.enabled=true",
				"--guildhall.embedded-postgres.data-directory=" + this.dataDirectory,
				"--guildhall.demo-data.enabled=true");
	}

}
