package org.guildhall.member;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.guildhall.web.Pick;
import org.guildhall.web.PickKind;
import org.guildhall.web.PickSource;
import org.guildhall.web.SqlPickSource;
import org.guildhall.web.TypedWords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Members as pickers find them: by words of their name or the start of their email, case
 * and accents ignored, names that start with what was typed first. Contributors (active
 * leads and members) for what someone must own or do; anyone who ever was a member for
 * filters.
 */
@Configuration(proxyBeanMethods = false)
class MemberPicks {

	@Bean
	PickSource contributorPicks(NamedParameterJdbcTemplate jdbc) {
		return new Source(jdbc, PickKind.CONTRIBUTOR, " and active and role <> 'MANAGER'");
	}

	@Bean
	PickSource anyMemberPicks(NamedParameterJdbcTemplate jdbc) {
		return new Source(jdbc, PickKind.MEMBER, "");
	}

	private static final class Source extends SqlPickSource {

		private final String only;

		Source(NamedParameterJdbcTemplate jdbc, PickKind kind, String only) {
			super(jdbc, kind, "select id, name, business_unit, active from members", "id");
			this.only = only;
		}

		@Override
		protected String matching(TypedWords words) {
			return "(" + words.eachIn("fold(name)") + " or lower(email) like lower(:typed) || '%' escape '\\')"
					+ this.only + " order by fold(name) like fold(:typed) || '%' escape '\\' desc, name, id";
		}

		@Override
		protected Pick pick(ResultSet row) throws SQLException {
			String detail = row.getBoolean("active") ? row.getString("business_unit") : "former member";
			return new Pick(row.getLong("id"), row.getString("name"), detail);
		}

	}

}
