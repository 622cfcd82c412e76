package org.guildhall.metrics;

/**
 * One metric of the catalogue and the SQL that rolls it up.
 * <p>
 * The query receives {@code :fromDay} and {@code :toDay} (dates, both included), the same
 * range as {@code :fromTime} and {@code :toTime} (instants, the end excluded) and
 * {@code :zone}, the time zone days are counted in. It returns the columns {@code day},
 * {@code business_unit}, {@code overall} (true on the row for the whole community, as
 * {@code grouping(...) = 1} gives) and {@code value}. Rows of members without a business
 * unit count only in the overall row.
 *
 * @param key stable identifier, also the Prometheus name with dots as underscores
 * @param name what people call it
 * @param family the page it appears on
 * @param unit what its numbers are
 * @param kind a flow (summable daily counts) or a level (a state per day)
 * @param definition one line shown under its chart
 * @param sql the roll-up query
 * @param records the list of the records behind it, with {@code {from}} and {@code {to}}
 * to fill in, or null
 */
public record Metric(String key, String name, MetricFamily family, MetricUnit unit, MetricKind kind, String definition,
		String sql, String records) {

	/**
	 * The records behind the metric between two days, or null when no list shows them.
	 */
	public String recordsBetween(java.time.LocalDate from, java.time.LocalDate to) {
		return (this.records != null) ? this.records.replace("{from}", from.toString()).replace("{to}", to.toString())
				: null;
	}

}
