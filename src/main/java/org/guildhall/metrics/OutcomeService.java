package org.guildhall.metrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.guildhall.member.Members;
import org.guildhall.security.ApiTokens;
import org.guildhall.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome measures: recorded by a lead, imported from CSV (all rows or none) or pushed
 * through the API. The same measure for the same unit, service and period recorded again
 * replaces the value, so a system that pushes twice does no harm.
 */
@Service
@Transactional(readOnly = true)
class OutcomeService {

	public static final int PAGE_SIZE = 20;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final Members members;

	private final ApiTokens tokens;

	OutcomeService(NamedParameterJdbcTemplate jdbc, Clock clock, Members members, ApiTokens tokens) {
		this.members = members;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records one measure; the caller has checked {@link OutcomeRecord#problems()}. */
	@Transactional
	@PreAuthorize("hasRole('LEAD') or hasAuthority('SCOPE_outcomes:write')")
	public long record(OutcomeRecord outcome, OutcomeOrigin origin, Long memberId, Long tokenId) {
		Map<String, String> problems = outcome.problems();
		if (!problems.isEmpty()) {
			Map.Entry<String, String> first = problems.entrySet().iterator().next();
			throw new org.guildhall.web.RuleViolationException(first.getKey(), first.getValue());
		}
		return this.jdbc.queryForObject("""
				insert into outcome_measures (measure, business_unit, service, period_start, period_end, value, origin,
				                              recorded_by, api_token_id, recorded_at)
				values (:measure, :unit, :service, :start, :end, :value, :origin, :member, :token, :at)
				on conflict on constraint outcome_measures_key do update
				   set value = excluded.value, origin = excluded.origin, recorded_by = excluded.recorded_by,
				       api_token_id = excluded.api_token_id, recorded_at = excluded.recorded_at
				returning id""",
				new MapSqlParameterSource("measure", outcome.measure().name()).addValue("unit", outcome.businessUnit())
					.addValue("service", outcome.service())
					.addValue("start", Date.valueOf(outcome.periodStart()))
					.addValue("end", Date.valueOf(outcome.periodEnd()))
					.addValue("value", outcome.value())
					.addValue("origin", origin.name())
					.addValue("member", memberId)
					.addValue("token", tokenId)
					.addValue("at", Timestamp.from(this.clock.instant())),
				Long.class);
	}

	/**
	 * A page of recorded measures, newest first, of one measure or all, with who or which
	 * token recorded each; counted up to {@link PageLinks#COUNT_LIMIT}.
	 */
	public Page<Recorded> recorded(OutcomeMeasure measure, int page) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("measure",
				(measure != null) ? measure.name() : null)
			.addValue("limit", PAGE_SIZE)
			.addValue("offset", (long) page * PAGE_SIZE)
			.addValue("stop", PageLinks.COUNT_LIMIT + 1);
		String where = (measure != null) ? "where o.measure = :measure" : "";
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select 1 from outcome_measures o " + where + " limit :stop) counted", parameters,
				Long.class);
		List<RecordedRow> rows = this.jdbc.query("""
				select o.id, o.measure, o.business_unit, o.service, o.period_start, o.period_end, o.value, o.origin,
				       o.recorded_at, o.recorded_by, o.api_token_id
				  from outcome_measures o
				 %s
				 order by o.period_end desc, o.id desc
				 limit :limit offset :offset""".formatted(where), parameters,
				(row, i) -> new RecordedRow(
						new Recorded(row.getLong(1), OutcomeMeasure.valueOf(row.getString(2)), row.getString(3),
								row.getString(4), row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class),
								row.getBigDecimal(7), OutcomeOrigin.valueOf(row.getString(8)),
								row.getTimestamp(9).toInstant(), null),
						row.getObject(10, Long.class), row.getObject(11, Long.class)));
		Map<Long, String> people = this.members
			.namesOf(rows.stream().map(RecordedRow::memberId).filter(Objects::nonNull).collect(Collectors.toSet()));
		Map<Long, String> tokens = this.tokens
			.namesOf(rows.stream().map(RecordedRow::tokenId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return new PageImpl<>(rows.stream().map((row) -> row.by(people, tokens)).toList(),
				PageRequest.of(page, PAGE_SIZE), total);
	}

	/** A recorded measure before the names of who recorded it are known. */
	private record RecordedRow(Recorded recorded, Long memberId, Long tokenId) {

		Recorded by(Map<Long, String> people, Map<Long, String> tokens) {
			String by = (this.memberId != null) ? people.get(this.memberId)
					: (this.tokenId != null) ? "API token " + tokens.get(this.tokenId) : null;
			Recorded r = this.recorded;
			return new Recorded(r.id(), r.measure(), r.businessUnit(), r.service(), r.periodStart(), r.periodEnd(),
					r.value(), r.origin(), r.recordedAt(), by);
		}

	}

	/** A recorded measure, with who or which token recorded it. */
	public record Recorded(Long id, OutcomeMeasure measure, String businessUnit, String service, LocalDate periodStart,
			LocalDate periodEnd, BigDecimal value, OutcomeOrigin origin, java.time.Instant recordedAt,
			String recordedBy) {
	}

}
