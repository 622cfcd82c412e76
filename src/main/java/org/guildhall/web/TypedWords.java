package org.guildhall.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What someone typed in a search box, as the words that must each appear somewhere in
 * what they look for (zoe ops finds Zoë Ångström of Ops), case and accents ignored by the
 * database's {@code fold()}. A few words are plenty to narrow a search; more are ignored
 * so that a pasted paragraph cannot make a statement of any size.
 */
public final class TypedWords {

	static final int MOST_WORDS = 5;

	private final String typed;

	private final List<String> words;

	private TypedWords(String typed) {
		this.typed = typed.strip();
		this.words = Arrays.stream(this.typed.split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.limit(MOST_WORDS)
			.map(Text::escapeLike)
			.toList();
	}

	public static TypedWords of(String typed) {
		return new TypedWords((typed != null) ? typed : "");
	}

	/**
	 * A condition true when every word appears in one of these expressions, each already
	 * folded (so that a trigram index on it serves the search). Parameters
	 * {@code :word0}, {@code :word1}... come from {@link #parameters()}.
	 */
	public String eachIn(String... foldedExpressions) {
		if (this.words.isEmpty()) {
			return "true";
		}
		return IntStream.range(0, this.words.size())
			.mapToObj((i) -> Arrays.stream(foldedExpressions)
				.map((expression) -> expression + " like '%' || fold(:word" + i + ") || '%' escape '\\'")
				.collect(Collectors.joining(" or ", "(", ")")))
			.collect(Collectors.joining(" and ", "(", ")"));
	}

	/**
	 * The words as parameters, and {@code :typed}: all that was typed, for matching the
	 * start of something ({@code like :typed || '%'}), its wildcards escaped.
	 */
	public MapSqlParameterSource parameters() {
		MapSqlParameterSource parameters = new MapSqlParameterSource("typed", Text.escapeLike(this.typed));
		IntStream.range(0, this.words.size()).forEach((i) -> parameters.addValue("word" + i, this.words.get(i)));
		return parameters;
	}

}
