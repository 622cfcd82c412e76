package org.guildhall.database;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the demo community is loaded: into the zero-set-up run's embedded database, or
 * when asked for; never by default into a database named by URL, whatever the profile.
 */
class DemoDataConditionTests {

	@Test
	void theZeroSetUpRunLoadsItUnlessToldNot() {
		assertThat(DemoDataCondition.enabled(new MockEnvironment())).isTrue();
		assertThat(
				DemoDataCondition.enabled(new MockEnvironment().withProperty("guildhall.demo-data.enabled", "false")))
			.isFalse();
	}

	@Test
	void aDatabaseNamedByUrlGetsItOnlyWhenAskedFor() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example.internal/guildhall");
		assertThat(DemoDataCondition.enabled(production)).isFalse();
		production.setActiveProfiles("local", "anything");
		assertThat(DemoDataCondition.enabled(production)).isFalse();
		assertThat(DemoDataCondition.enabled(production.withProperty("guildhall.demo-data.enabled", "true"))).isTrue();
	}

	@Test
	void anEmbeddedDatabaseSwitchedOffGetsNoneByDefault() {
		assertThat(DemoDataCondition
			.enabled(new MockEnvironment().withProperty("guildhall.embedded-postgres.enabled", "false"))).isFalse();
	}

}
