package org.guildhall.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when {@code spring.datasource.url} is empty and the embedded database is not
 * switched off.
 */
class NoDatasourceUrlCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embeddedDatabase(context.getEnvironment());
	}

	static boolean embeddedDatabase(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				&& environment.getProperty("guildhall.embedded-postgres.enabled", Boolean.class, true);
	}

}
