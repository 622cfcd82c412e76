package org.guildhall.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Exports each metric's latest rolled-up day to Micrometer (so Prometheus scrapes
 * {@code guildhall_experiments_logged} and the like), tagged with the business unit,
 * {@code all} for the whole community. Refreshed on start and after every roll-up.
 */
@Component
class MetricGauges {

	private final MetricCatalogue catalogue;

	private final JdbcTemplate jdbc;

	private final Map<String, MultiGauge> gauges = new HashMap<>();

	MetricGauges(MetricCatalogue catalogue, JdbcTemplate jdbc, MeterRegistry registry) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		for (Metric metric : catalogue.all()) {
			this.gauges.put(metric.key(),
					MultiGauge.builder("guildhall." + metric.key())
						.description(metric.definition())
						.register(registry));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		refresh();
	}

	@ApplicationModuleListener
	void on(MetricsRolledUp event) {
		refresh();
	}

	/**
	 * One statement: every metric's rows on the last day rolled up. Start-up and a
	 * roll-up may refresh at once; one at a time keeps the gauges' rows consistent.
	 */
	synchronized void refresh() {
		Map<String, List<MultiGauge.Row<?>>> rows = new HashMap<>();
		this.jdbc.query("""
				select metric_key, coalesce(business_unit, 'all'), value from metric_snapshots
				 where day = (select max(day) from metric_days)""", (row) -> {
			rows.computeIfAbsent(row.getString(1), (key) -> new ArrayList<>())
				.add(MultiGauge.Row.of(Tags.of("business_unit", row.getString(2)), row.getBigDecimal(3).doubleValue()));
		});
		this.catalogue.all()
			.forEach((metric) -> this.gauges.get(metric.key())
				.register(rows.getOrDefault(metric.key(), List.of()), true));
	}

}
