package org.guildhall.okr;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.guildhall.web.Pick;
import org.guildhall.web.PickKind;
import org.guildhall.web.SqlPickSource;
import org.guildhall.web.TypedWords;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Key results as pickers find them: those of periods still open, by words of their title
 * or their objective's, case and accents ignored; each named "Objective › key result",
 * with its period beside.
 */
@Component
class KeyResultPicks extends SqlPickSource {

	KeyResultPicks(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, PickKind.KEY_RESULT,
				"""
						select k.id, o.title as objective, k.title, p.name as period
						  from key_results k join objectives o on o.id = k.objective_id join okr_periods p on p.id = o.period_id""",
				"k.id");
	}

	@Override
	protected String matching(TypedWords words) {
		return "p.closed_at is null and " + words.eachIn("fold(k.title)", "fold(o.title)")
				+ " order by p.starts_on desc, o.id, k.position";
	}

	@Override
	protected Pick pick(ResultSet row) throws SQLException {
		return new Pick(row.getLong("id"), row.getString("objective") + " › " + row.getString("title"),
				row.getString("period"));
	}

}
