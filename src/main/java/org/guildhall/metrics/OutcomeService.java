package org.guildhall.metrics;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
public class OutcomeService {

	public static final int PAGE_SIZE = 20;

	/** More rows than any monthly report needs; a bigger file is refused whole. */
	static final int MAX_ROWS = 5000;

	static final List<String> COLUMNS = List.of("measure", "business_unit", "service", "period_start", "period_end",
			"value");

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

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
	 * Reads a CSV file with the columns of {@link #COLUMNS} and records every row, or
	 * none when any row is wrong: the report says which rows were accepted and why the
	 * others were not.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public ImportReport importCsv(Reader csv, Long memberId) throws IOException {
		List<RowReport> rows = new ArrayList<>();
		List<OutcomeRecord> accepted = new ArrayList<>();
		try (CSVParser parser = CSV.parse(csv)) {
			List<String> header = parser.getHeaderNames()
				.stream()
				.map((name) -> name.toLowerCase(Locale.ROOT))
				.toList();
			if (!header.containsAll(COLUMNS)) {
				return ImportReport.refused("outcome.import.header");
			}
			for (CSVRecord row : parser) {
				if (rows.size() == MAX_ROWS) {
					return ImportReport.refused("outcome.import.tooMany");
				}
				RowReport report = read(row);
				rows.add(report);
				if (report.outcome() != null) {
					accepted.add(report.outcome());
				}
			}
		}
		catch (IllegalStateException | java.io.UncheckedIOException ex) {
			return ImportReport.refused("outcome.import.unreadable");
		}
		if (rows.isEmpty()) {
			return ImportReport.refused("outcome.import.empty");
		}
		boolean allGood = accepted.size() == rows.size();
		if (allGood) {
			accepted.forEach((outcome) -> record(outcome, OutcomeOrigin.CSV, memberId, null));
		}
		return new ImportReport(rows, allGood, null);
	}

	private static RowReport read(CSVRecord row) {
		Map<String, String> unreadable = new java.util.LinkedHashMap<>();
		String rawMeasure = cell(row, "measure");
		OutcomeMeasure measure = measure(rawMeasure);
		if (rawMeasure != null && measure == null) {
			unreadable.put("measure", "measure is not one of "
					+ String.join(", ", Stream.of(OutcomeMeasure.values()).map(OutcomeMeasure::name).toList()));
		}
		LocalDate start = date(cell(row, "period_start"), "periodStart", unreadable);
		LocalDate end = date(cell(row, "period_end"), "periodEnd", unreadable);
		BigDecimal value = null;
		String rawValue = cell(row, "value");
		try {
			value = (rawValue != null) ? new BigDecimal(rawValue) : null;
		}
		catch (NumberFormatException ex) {
			unreadable.put("value", "value is not a number");
		}
		OutcomeRecord outcome = new OutcomeRecord(measure, cell(row, "business_unit"), cell(row, "service"), start, end,
				value);
		List<String> problems = new ArrayList<>(unreadable.values());
		outcome.problems().forEach((field, code) -> {
			if (!unreadable.containsKey(field)) {
				problems.add(ROW_MESSAGES.getOrDefault(code, code));
			}
		});
		return new RowReport(row.getRecordNumber() + 1, problems.isEmpty() ? outcome : null, problems);
	}

	private static final Map<String, String> ROW_MESSAGES = Map.of("outcome.measure.missing", "measure is missing",
			"outcome.where.missing", "give a business_unit, a service or both", "outcome.businessUnit.long",
			"business_unit is longer than 80 characters", "outcome.service.long",
			"service is longer than 120 characters", "outcome.periodStart.missing", "period_start is missing",
			"outcome.periodEnd.missing", "period_end is missing", "outcome.period.order",
			"period_end comes before period_start", "outcome.value.missing", "value is missing", "outcome.value.range",
			"value is outside what the measure allows");

	private static String cell(CSVRecord row, String column) {
		String value = row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
		return (value == null || value.isBlank()) ? null : value;
	}

	private static OutcomeMeasure measure(String value) {
		if (value == null) {
			return null;
		}
		String wanted = value.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
		return Stream.of(OutcomeMeasure.values())
			.filter((m) -> m.name().equals(wanted) || m.label().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElse(null);
	}

	private static LocalDate date(String value, String field, Map<String, String> unreadable) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			unreadable.put(field,
					(field.equals("periodStart") ? "period_start" : "period_end") + " is not a date like 2026-10-31");
			return null;
		}
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

	/** One CSV row: its line in the file, and the measure or why it was refused. */
	public record RowReport(long line, OutcomeRecord outcome, List<String> problems) {

		public boolean accepted() {
			return this.outcome != null;
		}

	}

	/**
	 * What an import did: every row's verdict, whether anything was recorded, or why the
	 * whole file was refused.
	 */
	public record ImportReport(List<RowReport> rows, boolean imported, String refusal) {

		static ImportReport refused(String code) {
			return new ImportReport(List.of(), false, code);
		}

		public long acceptedRows() {
			return this.rows.stream().filter(RowReport::accepted).count();
		}

	}

}
