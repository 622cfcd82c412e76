package org.guildhall.experiment;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.metrics.MetricsSettings;
import org.guildhall.web.PageLinks;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The experiment list in SQL: PostgreSQL's full-text search over titles, lessons and
 * hypotheses, and an index behind every filter. Two statements per page: the rows and
 * their count, which stops early.
 */
@Component
class ExperimentSearch {

	/** How many of the newest matches a search ranks. */
	static final int RANKED = 1_000;

	private final NamedParameterJdbcTemplate jdbc;

	/** Logged and concluded days are counted where the metrics count them. */
	private final ZoneId zone;

	ExperimentSearch(NamedParameterJdbcTemplate jdbc, MetricsSettings metrics) {
		this.jdbc = jdbc;
		this.zone = metrics.timeZone();
	}

	/**
	 * A page of rows, newest first, author names not yet set. A search ranks the newest
	 * {@value #RANKED} matches and shows them best first: ranking every match of a common
	 * word would read them all.
	 */
	List<ExperimentRow> find(ExperimentQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		parameters.addValue("limit", ExperimentQuery.PAGE_SIZE)
			.addValue("offset", query.offset())
			.addValue("ranked", RANKED);
		String rows = (query.q() != null) ? """
				(select e.* from experiments e
				""" + where + """
				 order by e.created_at desc, e.id desc limit :ranked) e
				 order by ts_rank(e.search, websearch_to_tsquery('english', :q)) desc, e.created_at desc, e.id desc
				""" : "experiments e" + where + " order by e.created_at desc, e.id desc";
		return this.jdbc.query("""
				select e.id, e.title, e.kind, e.service, e.scope, e.status, e.outcome, e.started_on, e.author_id,
				       left(e.abstract_conceptualisation, 240) as lesson, e.created_at
				""" + "from " + rows + " limit :limit offset :offset", parameters,
				(rs, row) -> new ExperimentRow(rs.getLong("id"), rs.getString("title"),
						ExperimentKind.valueOf(rs.getString("kind")), rs.getString("service"),
						Scope.valueOf(rs.getString("scope")), ExperimentStatus.valueOf(rs.getString("status")),
						(rs.getString("outcome") != null) ? Outcome.valueOf(rs.getString("outcome")) : null,
						(rs.getDate("started_on") != null) ? rs.getDate("started_on").toLocalDate() : null,
						rs.getLong("author_id"), null, rs.getString("lesson"), rs.getString("lesson") != null,
						rs.getTimestamp("created_at").toInstant()));
	}

	/**
	 * How many rows the list holds, counted only up to one more than the list can page
	 * through ({@link #countLimit}).
	 */
	long count(ExperimentQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("stop", countLimit(query) + 1);
		Long count = this.jdbc.queryForObject(
				"select count(*) from (select 1 from experiments e " + where(query, parameters) + " limit :stop) c",
				parameters, Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * A search pages through its ranked matches only; a list through its count's limit.
	 */
	static int countLimit(ExperimentQuery query) {
		return (query.q() != null) ? RANKED : PageLinks.COUNT_LIMIT;
	}

	private String where(ExperimentQuery query, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (query.q() != null) {
			conditions.add("e.search @@ websearch_to_tsquery('english', :q)");
			parameters.addValue("q", query.q());
		}
		if (query.kind() != null) {
			conditions.add("e.kind = :kind");
			parameters.addValue("kind", query.kind().name());
		}
		if (query.outcome() != null) {
			conditions.add("e.outcome = :outcome");
			parameters.addValue("outcome", query.outcome().name());
		}
		if (query.scope() != null) {
			conditions.add("e.scope = :scope");
			parameters.addValue("scope", query.scope().name());
		}
		if (query.service() != null) {
			conditions.add("lower(e.service) = lower(:service)");
			parameters.addValue("service", query.service());
		}
		if (query.author() != null) {
			// a union of two index lookups, not an "or" that tests every experiment
			conditions.add("e.id in (select id from experiments where author_id = :author "
					+ "union select experiment_id from experiment_co_authors where member_id = :author)");
			parameters.addValue("author", query.author());
		}
		if (query.skill() != null) {
			conditions
				.add("exists (select 1 from experiment_skills s where s.experiment_id = e.id and s.skill_id = :skill)");
			parameters.addValue("skill", query.skill());
		}
		if (query.dates() == ExperimentDates.STARTED) {
			if (query.from() != null) {
				conditions.add("e.started_on >= :from");
				parameters.addValue("from", query.from());
			}
			if (query.to() != null) {
				conditions.add("e.started_on <= :to");
				parameters.addValue("to", query.to());
			}
		}
		else {
			// Instants, not dates, so that the index on the column serves the range.
			String column = (query.dates() == ExperimentDates.LOGGED) ? "e.created_at" : "e.concluded_at";
			if (query.from() != null) {
				conditions.add(column + " >= :from");
				parameters.addValue("from", query.from().atStartOfDay(this.zone).toOffsetDateTime());
			}
			if (query.to() != null) {
				conditions.add(column + " < :to");
				parameters.addValue("to", query.to().plusDays(1).atStartOfDay(this.zone).toOffsetDateTime());
			}
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

}
