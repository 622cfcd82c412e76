/**
 * The community's metrics: a scheduled roll-up of daily snapshots that every feature
 * feeds through {@link org.guildhall.metrics.MetricSource}, outcome measures recorded by
 * hand, by CSV or through the API, and the charts that show what the investment returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics",
		allowedDependencies = { "database", "member", "security", "web" })
package org.guildhall.metrics;
