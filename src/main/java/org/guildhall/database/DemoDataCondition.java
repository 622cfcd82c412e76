package org.guildhall.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the demo community is loaded: when {@code guildhall.demo-data.enabled} says so,
 * else only into the zero-set-up run's embedded PostgreSQL. A database named by
 * {@code SPRING_DATASOURCE_URL} never gets demo data unless someone asks for it.
 */
public class DemoDataCondition implements Condition {

	static final String PROPERTY = "guildhall.demo-data.enabled";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return enabled(context.getEnvironment());
	}

	public static boolean enabled(Environment environment) {
		Boolean explicit = environment.getProperty(PROPERTY, Boolean.class);
		return (explicit != null) ? explicit : NoDatasourceUrlCondition.embeddedDatabase(environment);
	}

}
