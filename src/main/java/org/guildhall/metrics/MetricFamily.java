package org.guildhall.metrics;

import java.util.Optional;
import java.util.stream.Stream;

/** The three families the metrics pages are organised by. */
public enum MetricFamily {

	COLLABORATION("collaboration", "Shares and collaboration"),

	EXPERIMENTS("experiments", "Experiments"),

	OUTCOMES("outcomes", "Outcomes");

	private final String slug;

	private final String label;

	MetricFamily(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	public String slug() {
		return this.slug;
	}

	public String label() {
		return this.label;
	}

	public static Optional<MetricFamily> fromSlug(String slug) {
		return Stream.of(values()).filter((family) -> family.slug.equals(slug)).findFirst();
	}

}
