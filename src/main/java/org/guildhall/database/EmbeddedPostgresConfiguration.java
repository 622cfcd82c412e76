package org.guildhall.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Guildhall on an embedded PostgreSQL when no datasource URL is configured.
 * Production sets {@code SPRING_DATASOURCE_URL}, and then nothing here is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedPostgres.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(properties.dataDirectory(), properties.port());
		log.info("Embedded PostgreSQL listens on port {} with its data in {}", postgres.getPort(),
				properties.dataDirectory().toAbsolutePath());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedPostgresConnection(postgres);
	}

}
