package org.guildhall.support;

import org.guildhall.database.EmbeddedPostgresConnection;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The PostgreSQL every database test runs on: the one {@code SPRING_DATASOURCE_URL}
 * names; else a Testcontainers PostgreSQL when Docker runs; else an embedded PostgreSQL,
 * one per JVM. Imported the same way everywhere, so that Spring caches one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	static final String POSTGRES_IMAGE = "postgres:17-alpine";

	@Bean
	@ServiceConnection
	@Conditional(DockerWithoutUrl.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(POSTGRES_IMAGE);
	}

	@Bean
	@Conditional(NeitherUrlNorDocker.class)
	JdbcConnectionDetails embeddedPostgresConnection() {
		return new EmbeddedPostgresConnection(SharedEmbeddedPostgres.instance());
	}

	static boolean urlConfigured(ConditionContext context) {
		return StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

	static final class DockerWithoutUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlConfigured(context) && Docker.available();
		}

	}

	static final class NeitherUrlNorDocker implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlConfigured(context) && !Docker.available();
		}

	}

	/** Asks once per JVM: the answer does not change during a test run. */
	static final class Docker {

		private static final boolean AVAILABLE = DockerClientFactory.instance().isDockerAvailable();

		static boolean available() {
			return AVAILABLE;
		}

	}

}
