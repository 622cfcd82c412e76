package org.guildhall.backlog;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.guildhall.web.Pick;
import org.guildhall.web.PickKind;
import org.guildhall.web.SqlPickSource;
import org.guildhall.web.TypedWords;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Backlog items as pickers find them: those neither done nor dropped, by words of their
 * title, case and accents ignored, in the lead's order; each with its status.
 */
@Component
class BacklogItemPicks extends SqlPickSource {

	BacklogItemPicks(NamedParameterJdbcTemplate jdbc) {
		super(jdbc, PickKind.BACKLOG_ITEM, "select id, title, status from backlog_items", "id");
	}

	@Override
	protected String matching(TypedWords words) {
		return "status not in ('DONE', 'DROPPED') and " + words.eachIn("fold(title)") + " order by priority_rank, id";
	}

	@Override
	protected Pick pick(ResultSet row) throws SQLException {
		return new Pick(row.getLong("id"), row.getString("title"),
				BacklogStatus.valueOf(row.getString("status")).label());
	}

}
