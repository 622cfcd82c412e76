package org.guildhall.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A score from 0.0 to 1.0 with the formula that produced it, numbers put in, so that
 * nobody has to wonder where a number comes from.
 */
record Score(double value, String formula) {

	/**
	 * Measure What Matters: 0.7 and above is green, 0.4 and above amber, below that red.
	 */
	public enum Band {

		GREEN, AMBER, RED

	}

	private static final BigDecimal DONE = BigDecimal.ONE;

	public Score {
		if (value < 0 || value > 1) {
			throw new IllegalArgumentException("A score runs from 0 to 1, not " + value);
		}
	}

	public Band band() {
		if (this.value >= 0.7) {
			return Band.GREEN;
		}
		return (this.value >= 0.4) ? Band.AMBER : Band.RED;
	}

	/** The score as people read it, two decimals. */
	public String display() {
		return format(this.value);
	}

	public int percent() {
		return (int) Math.round(this.value * 100);
	}

	/** A score frozen when its period closed. */
	public static Score frozen(BigDecimal value) {
		return new Score(value.doubleValue(), "frozen when the period closed: " + format(value.doubleValue()));
	}

	public static Score of(KeyResultKind kind, BigDecimal baseline, BigDecimal target, BigDecimal current) {
		return switch (kind) {
			case INCREASE_TO, DECREASE_TO -> progress(baseline, target, current);
			case STAY_ABOVE -> guardrail(current.compareTo(target) >= 0, current, "≥", "<", target);
			case STAY_BELOW -> guardrail(current.compareTo(target) <= 0, current, "≤", ">", target);
			case MILESTONE ->
				(current.compareTo(DONE) >= 0) ? new Score(1, "done: 1.00") : new Score(0, "not done yet: 0.00");
		};
	}

	/**
	 * An objective's score: the mean of its key results' scores, each counted by its
	 * weight.
	 */
	public static Score objective(List<Score> scores, List<BigDecimal> weights) {
		if (scores.isEmpty()) {
			return new Score(0, "no key results yet: 0.00");
		}
		BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		double weighted = 0;
		for (int i = 0; i < scores.size(); i++) {
			weighted += scores.get(i).value() * weights.get(i).doubleValue();
		}
		double mean = clamp(weighted / totalWeight.doubleValue());
		boolean equalWeights = weights.stream().allMatch((weight) -> weight.compareTo(weights.get(0)) == 0);
		String formula;
		if (equalWeights) {
			formula = "mean of " + scores.stream().map(Score::display).collect(Collectors.joining(", ")) + " = "
					+ format(mean);
		}
		else {
			StringBuilder terms = new StringBuilder("(");
			for (int i = 0; i < scores.size(); i++) {
				terms.append((i > 0) ? " + " : "")
					.append(scores.get(i).display())
					.append(" × ")
					.append(plain(weights.get(i)));
			}
			formula = terms.append(") ÷ ").append(plain(totalWeight)).append(" = ").append(format(mean)).toString();
		}
		return new Score(mean, formula);
	}

	private static Score progress(BigDecimal baseline, BigDecimal target, BigDecimal current) {
		BigDecimal raw = current.subtract(baseline)
			.divide(target.subtract(baseline), MathContext.DECIMAL64)
			.setScale(4, RoundingMode.HALF_UP);
		double value = clamp(raw.doubleValue());
		String formula = "(" + plain(current) + " − " + plain(baseline) + ") ÷ (" + plain(target) + " − "
				+ plain(baseline) + ") = " + format(raw.doubleValue());
		if (raw.doubleValue() > 1) {
			formula += ", capped at 1.00";
		}
		else if (raw.doubleValue() < 0) {
			formula += ", raised to 0.00";
		}
		return new Score(value, formula);
	}

	private static Score guardrail(boolean held, BigDecimal current, String holds, String breaks, BigDecimal target) {
		return held ? new Score(1, plain(current) + " " + holds + " " + plain(target) + ", held: 1.00")
				: new Score(0, plain(current) + " " + breaks + " " + plain(target) + ", breached: 0.00");
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
