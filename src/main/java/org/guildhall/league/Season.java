package org.guildhall.league;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of the year (UTC): league tables start afresh each season so that newcomers
 * are never hopelessly behind.
 */
record Season(int year, int quarter) {

	private static final Pattern NAME = Pattern.compile("(\\d{4})-Q([1-4])");

	public static Season of(LocalDate day) {
		return new Season(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** A season from its name, such as {@code 2026-Q4}. */
	public static Optional<Season> parse(String name) {
		if (name == null) {
			return Optional.empty();
		}
		Matcher matcher = NAME.matcher(name.strip());
		return matcher.matches()
				? Optional.of(new Season(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
				: Optional.empty();
	}

	public LocalDate firstDay() {
		return LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	public Instant start() {
		return firstDay().atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	public Instant end() {
		return next().start();
	}

	public Season next() {
		return (this.quarter == 4) ? new Season(this.year + 1, 1) : new Season(this.year, this.quarter + 1);
	}

	public Season previous() {
		return (this.quarter == 1) ? new Season(this.year - 1, 4) : new Season(this.year, this.quarter - 1);
	}

	public String name() {
		return this.year + "-Q" + this.quarter;
	}

	@Override
	public String toString() {
		return name();
	}

}
