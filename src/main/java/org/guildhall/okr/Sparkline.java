package org.guildhall.okr;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A score history drawn as an SVG polyline in a 100 × 24 box, so that the dashboard (and
 * its printout) shows trends without any JavaScript.
 */
public record Sparkline(String points, double lastX, double lastY) {

	static final double WIDTH = 100;

	static final double HEIGHT = 24;

	static Sparkline of(List<Double> scores) {
		if (scores.isEmpty()) {
			return new Sparkline("", 0, HEIGHT);
		}
		double step = (scores.size() > 1) ? WIDTH / (scores.size() - 1) : 0;
		String points = IntStream.range(0, scores.size())
			.mapToObj((i) -> format(i * step) + "," + format(y(scores.get(i))))
			.collect(Collectors.joining(" "));
		return new Sparkline(points, (scores.size() - 1) * step, y(scores.get(scores.size() - 1)));
	}

	private static double y(double score) {
		return HEIGHT - 2 - score * (HEIGHT - 4);
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
