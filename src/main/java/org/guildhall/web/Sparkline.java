package org.guildhall.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A history drawn as an SVG polyline in a 100 × 24 box, so that dashboards (and their
 * printouts) show trends without any JavaScript.
 */
public record Sparkline(String points, double lastX, double lastY) {

	private static final double WIDTH = 100;

	private static final double HEIGHT = 24;

	/** Values from 0 to 1, such as scores. */
	public static Sparkline of(List<Double> scores) {
		if (scores.isEmpty()) {
			return new Sparkline("", 0, HEIGHT);
		}
		double step = (scores.size() > 1) ? WIDTH / (scores.size() - 1) : 0;
		String points = IntStream.range(0, scores.size())
			.mapToObj((i) -> format(i * step) + "," + format(y(scores.get(i))))
			.collect(Collectors.joining(" "));
		return new Sparkline(points, (scores.size() - 1) * step, y(scores.get(scores.size() - 1)));
	}

	/**
	 * Any values, drawn between the lowest and the highest; a flat line when they are
	 * equal.
	 */
	public static Sparkline scaled(List<Double> values) {
		double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double span = high - low;
		return of(values.stream().map((value) -> (span == 0) ? 0.5 : (value - low) / span).toList());
	}

	private static double y(double score) {
		return HEIGHT - 2 - score * (HEIGHT - 4);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
