package org.guildhall.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * How to reach an embedded PostgreSQL: its superuser on its {@code postgres} database.
 */
public record EmbeddedPostgresConnection(EmbeddedPostgres postgres) implements JdbcConnectionDetails {

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getJdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

}
