package org.guildhall.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.member.Members;
import org.guildhall.web.Sparkline;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the snapshots: series for charts, headline numbers, and the value a key result
 * follows with the formula that made it. Every read is one or two statements whatever the
 * range.
 */
@Service
@Transactional(readOnly = true)
public class MetricsService {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final int PROVENANCE_FIGURES = 8;

	/**
	 * The numbers each family leads with, on the overview and the managers' dashboard.
	 */
	static final List<String> HEADLINES = List.of("shares.published", "sessions.cross_functional",
			"community.active_members", "experiments.logged", "experiments.chaos", "experiments.promotions",
			"sessions.nps", "outcomes.availability", "outcomes.incidents");

	/**
	 * Headlines compare the last four weeks with the four before, over a twelve-week
	 * trend.
	 */
	private static final int HEADLINE_DAYS = 28;

	private static final int TREND_WEEKS = 12;

	private final MetricCatalogue catalogue;

	private final NamedParameterJdbcTemplate jdbc;

	private final RollUp rollUp;

	private final Members members;

	MetricsService(MetricCatalogue catalogue, NamedParameterJdbcTemplate jdbc, RollUp rollUp, Members members) {
		this.members = members;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.rollUp = rollUp;
	}

	public List<Metric> catalogue() {
		return this.catalogue.all();
	}

	public List<Metric> of(MetricFamily family) {
		return this.catalogue.of(family);
	}

	public Optional<Metric> find(String key) {
		return this.catalogue.find(key);
	}

	/** A metric's name, or its key when the catalogue no longer has it. */
	public String nameOf(String key) {
		return this.catalogue.find(key).map(Metric::name).orElse(key);
	}

	public LocalDate today() {
		return this.rollUp.today();
	}

	/** The business units members belong to, for filters and key results. */
	public List<String> businessUnits() {
		return this.members.businessUnits();
	}

	/** The last day any roll-up wrote, or empty before the first one. */
	public Optional<LocalDate> lastDayRolledUp() {
		return Optional.ofNullable(
				this.jdbc.getJdbcTemplate().queryForObject("select max(day) from metric_days", LocalDate.class));
	}

	/**
	 * Each metric's days from one day to another, for the whole community (a null
	 * business unit) or one business unit: a flow's missing day is a zero, a level's
	 * stays empty.
	 */
	public Map<Metric, Series> daily(Collection<Metric> metrics, String businessUnit, LocalDate from, LocalDate to) {
		Map<String, Map<LocalDate, BigDecimal>> values = new HashMap<>();
		if (!metrics.isEmpty()) {
			MapSqlParameterSource parameters = new MapSqlParameterSource("keys",
					metrics.stream().map(Metric::key).toList())
				.addValue("from", Date.valueOf(from))
				.addValue("to", Date.valueOf(to))
				.addValue("unit", businessUnit);
			this.jdbc.query(
					"""
							select metric_key, day, value from metric_snapshots
							 where metric_key in (:keys) and day between :from and :to and %s"""
						.formatted((businessUnit != null) ? "business_unit = :unit" : "business_unit is null"),
					parameters, (row) -> {
						values.computeIfAbsent(row.getString(1), (key) -> new HashMap<>())
							.put(row.getObject(2, LocalDate.class), row.getBigDecimal(3));
					});
		}
		Map<Metric, Series> series = new LinkedHashMap<>();
		for (Metric metric : metrics) {
			Map<LocalDate, BigDecimal> days = values.getOrDefault(metric.key(), Map.of());
			List<BigDecimal> points = new ArrayList<>();
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				BigDecimal value = days.get(day);
				points.add((value == null && metric.kind() == MetricKind.FLOW) ? BigDecimal.ZERO : value);
			}
			series.put(metric, new Series(metric, from, points));
		}
		return series;
	}

	/**
	 * What a key result following this metric reads over its period: up to the period's
	 * end or the last day rolled up, whichever comes first. Empty when the metric is
	 * unknown or nothing of the period is rolled up yet.
	 */
	public Optional<MetricReading> reading(String key, String businessUnit, Aggregation aggregation,
			LocalDate periodStart, LocalDate periodEnd) {
		Optional<Metric> found = this.catalogue.find(key);
		Optional<LocalDate> rolled = lastDayRolledUp();
		if (found.isEmpty() || rolled.isEmpty() || rolled.get().isBefore(periodStart)) {
			return Optional.empty();
		}
		Metric metric = found.get();
		LocalDate last = rolled.get().isBefore(periodEnd) ? rolled.get() : periodEnd;
		Series series = daily(List.of(metric), businessUnit, periodStart, last).get(metric);
		String what = metric.name() + " (" + ((businessUnit != null) ? businessUnit : "all business units") + ")";
		return switch (aggregation) {
			case LAST_DAY -> series.lastValue()
				.map((point) -> new MetricReading(point.value(), point.day(),
						what + " on " + DAY.format(point.day()) + ": " + plain(point.value()) + "."));
			case PERIOD_SUM -> Optional.of(sum(series, what, last));
			case CHANGE -> series.lastValue()
				.flatMap((end) -> series.firstValue()
					.map((start) -> new MetricReading(end.value().subtract(start.value()), end.day(),
							what + ": " + plain(end.value()) + " on " + DAY.format(end.day()) + " − "
									+ plain(start.value()) + " on " + DAY.format(start.day()) + " = "
									+ plain(end.value().subtract(start.value())) + ".")));
		};
	}

	private static MetricReading sum(Series series, String what, LocalDate last) {
		BigDecimal total = series.points()
			.stream()
			.filter((value) -> value != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Series.Point> counted = series.days()
			.stream()
			.filter((point) -> point.value() != null && point.value().signum() != 0)
			.toList();
		String figures = counted.stream()
			.limit(PROVENANCE_FIGURES)
			.map((point) -> DAY.format(point.day()) + ": " + plain(point.value()))
			.collect(Collectors.joining(", "));
		String more = (counted.size() > PROVENANCE_FIGURES) ? ", and " + (counted.size() - PROVENANCE_FIGURES) + " more"
				: "";
		String detail = counted.isEmpty() ? "no day counted anything" : figures + more;
		return new MetricReading(total, last, "Sum of " + what + " over " + series.points().size() + " days, "
				+ DAY.format(series.from()) + " to " + DAY.format(last) + " = " + plain(total) + " (" + detail + ").");
	}

	/**
	 * Each family's headline numbers up to a day, for the whole community or one business
	 * unit: the last four weeks against the four before, with a weekly trend.
	 */
	public Map<MetricFamily, List<Headline>> headlines(String businessUnit, LocalDate asOf) {
		List<Metric> metrics = HEADLINES.stream().map(this.catalogue::find).flatMap(Optional::stream).toList();
		LocalDate from = asOf.minusDays(TREND_WEEKS * 7L - 1);
		Map<MetricFamily, List<Headline>> headlines = new LinkedHashMap<>();
		for (Series series : daily(metrics, businessUnit, from, asOf).values()) {
			Series recent = series.slice(asOf.minusDays(HEADLINE_DAYS - 1), asOf);
			Series before = series.slice(asOf.minusDays(2L * HEADLINE_DAYS - 1), asOf.minusDays(HEADLINE_DAYS));
			List<Double> weekly = new ArrayList<>();
			for (int week = TREND_WEEKS - 1; week >= 0; week--) {
				BigDecimal value = series.slice(asOf.minusDays(week * 7L + 6), asOf.minusDays(week * 7L)).figure();
				if (value != null) {
					weekly.add(value.doubleValue());
				}
			}
			headlines.computeIfAbsent(series.metric().family(), (family) -> new ArrayList<>())
				.add(new Headline(series.metric(), recent.figure(), before.figure(), Sparkline.scaled(weekly),
						recent.from(), asOf));
		}
		return headlines;
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
