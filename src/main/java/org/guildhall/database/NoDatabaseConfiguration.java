package org.guildhall.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A jar built without the embedded PostgreSQL (the default, for production) needs a
 * database named by {@code SPRING_DATASOURCE_URL}; without one it stops at once and says
 * so, rather than failing somewhere in the data source.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatasourceUrlCondition.class)
class NoDatabaseConfiguration {

	NoDatabaseConfiguration() {
		throw new IllegalStateException("No database: set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, "
				+ "SPRING_DATASOURCE_PASSWORD) to a PostgreSQL server. This jar carries no embedded PostgreSQL; "
				+ "./mvnw spring-boot:run or a jar built with -Pembedded-postgres start one.");
	}

}
