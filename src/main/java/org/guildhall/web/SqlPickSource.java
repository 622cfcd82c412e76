package org.guildhall.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A pick source that reads one select: a search adds what was typed and an order to it
 * and stops at the limit; the chosen ones are read back by id. Subclasses say only what
 * matches, in which order, and how a row reads in the picker.
 */
public abstract class SqlPickSource implements PickSource {

	private final NamedParameterJdbcTemplate jdbc;

	private final PickKind kind;

	private final String select;

	private final String id;

	/**
	 * @param select the select and its from clause, without a where
	 * @param id the id column, qualified as the select needs it
	 */
	protected SqlPickSource(NamedParameterJdbcTemplate jdbc, PickKind kind, String select, String id) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.select = select;
		this.id = id;
	}

	@Override
	public PickKind kind() {
		return this.kind;
	}

	/**
	 * The condition and order by clause of a search: what follows {@code where}. Words
	 * bind their own parameters; {@code :typed} is the whole text, escaped for like.
	 */
	protected abstract String matching(TypedWords words);

	/** How a row of the select reads in a picker. */
	protected abstract Pick pick(ResultSet row) throws SQLException;

	@Override
	public List<Pick> search(String typed, int limit) {
		TypedWords words = TypedWords.of(typed);
		return this.jdbc.query(this.select + "\nwhere " + matching(words) + "\nlimit :limit",
				words.parameters().addValue("limit", limit), (row, i) -> pick(row));
	}

	@Override
	public Map<Long, Pick> picksOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.query(this.select + "\nwhere " + this.id + " in (:ids)", new MapSqlParameterSource("ids", ids),
					(row, i) -> pick(row))
			.stream()
			.collect(Collectors.toMap(Pick::id, Function.identity()));
	}

}
