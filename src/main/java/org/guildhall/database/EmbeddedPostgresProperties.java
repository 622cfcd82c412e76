package org.guildhall.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the zero-set-up run keeps its data, and on which port it listens (0 picks a free
 * one). {@code guildhall.embedded-postgres.enabled=false} switches it off.
 */
@ConfigurationProperties("guildhall.embedded-postgres")
record EmbeddedPostgresProperties(Path dataDirectory, Integer port) {

	EmbeddedPostgresProperties {
		dataDirectory = (dataDirectory != null) ? dataDirectory : Path.of("data", "postgres");
		port = (port != null) ? port : 0;
	}

}
