package org.guildhall.metrics;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up's settings: their defaults, a wrong value refused at start-up with the
 * property named, and each described in the configuration metadata.
 */
class MetricsSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(WithSettings.class);

	@Test
	void withNothingSetTheRollUpCountsUtcDaysAndCatchesUpAYear() {
		this.runner.run((context) -> {
			MetricsSettings settings = context.getBean(MetricsSettings.class);
			assertThat(settings.timeZone()).isEqualTo(ZoneId.of("UTC"));
			assertThat(settings.historyDays()).isEqualTo(365);
			assertThat(settings.rollUpCron()).isEqualTo("0 30 1 * * *");
		});
	}

	@Test
	void aValueOutsideItsRangeStopsTheStartNamingTheProperty() {
		this.runner.withPropertyValues("guildhall.metrics.history-days=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("guildhall.metrics")
				.hasStackTraceContaining("historyDays");
		});
		this.runner.withPropertyValues("guildhall.metrics.time-zone=Mars/Olympus")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void theConfigurationMetadataDescribesEachSetting() throws Exception {
		String metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("metadata written at compile time").isNotNull();
			metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(metadata).contains("\"guildhall.metrics.history-days\"")
			.containsIgnoringCase("how far back a catch-up after downtime goes")
			.contains("\"guildhall.metrics.time-zone\"");
	}

	@EnableConfigurationProperties(MetricsSettings.class)
	static class WithSettings {

	}

}
