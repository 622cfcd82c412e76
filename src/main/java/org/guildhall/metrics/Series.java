package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One metric's value per day from a first day, null where a level has no value. */
record Series(Metric metric, LocalDate from, List<BigDecimal> points) {

	/** The first day of the bucket a day falls in. */
	static LocalDate bucketOf(LocalDate day, Bucket bucket) {
		return switch (bucket) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
		};
	}

	public LocalDate to() {
		return this.from.plusDays(this.points.size() - 1L);
	}

	public List<Point> days() {
		List<Point> days = new ArrayList<>();
		for (int i = 0; i < this.points.size(); i++) {
			days.add(new Point(this.from.plusDays(i), this.points.get(i)));
		}
		return days;
	}

	public Optional<Point> lastValue() {
		for (int i = this.points.size() - 1; i >= 0; i--) {
			if (this.points.get(i) != null) {
				return Optional.of(new Point(this.from.plusDays(i), this.points.get(i)));
			}
		}
		return Optional.empty();
	}

	public Optional<Point> firstValue() {
		return days().stream().filter((point) -> point.value() != null).findFirst();
	}

	/**
	 * The figure for the whole range: the sum of a flow, the last value of a level (null
	 * when it has none).
	 */
	public BigDecimal figure() {
		if (this.metric.kind() == MetricKind.FLOW) {
			return this.points.stream().filter((v) -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		return lastValue().map(Point::value).orElse(null);
	}

	/** Buckets of days: a flow adds its days up, a level keeps its last value. */
	public List<Point> by(Bucket bucket) {
		Map<LocalDate, BigDecimal> buckets = new LinkedHashMap<>();
		for (Point point : days()) {
			LocalDate start = bucketOf(point.day(), bucket);
			if (this.metric.kind() == MetricKind.FLOW) {
				buckets.merge(start, point.value(), BigDecimal::add);
			}
			else {
				buckets.putIfAbsent(start, null);
				if (point.value() != null) {
					buckets.put(start, point.value());
				}
			}
		}
		return buckets.entrySet().stream().map((entry) -> new Point(entry.getKey(), entry.getValue())).toList();
	}

	/** The same metric over fewer days, inside this range. */
	public Series slice(LocalDate first, LocalDate last) {
		int start = (int) ChronoUnit.DAYS.between(this.from, first);
		int end = (int) ChronoUnit.DAYS.between(this.from, last) + 1;
		return new Series(this.metric, first, this.points.subList(start, end));
	}

	public long length() {
		return ChronoUnit.DAYS.between(this.from, to()) + 1;
	}

	/** One day, or the first day of a bucket, and its value. */
	public record Point(LocalDate day, BigDecimal value) {
	}

}
