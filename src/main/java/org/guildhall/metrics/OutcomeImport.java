package org.guildhall.metrics;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome measures imported from a CSV file: all rows or none, with a verdict per row.
 */
@Service
class OutcomeImport {

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

	private final OutcomeService outcomes;

	OutcomeImport(OutcomeService outcomes) {
		this.outcomes = outcomes;
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
			accepted.forEach((outcome) -> this.outcomes.record(outcome, OutcomeOrigin.CSV, memberId, null));
		}
		return new ImportReport(rows, allGood, null);
	}

	private static RowReport read(CSVRecord row) {
		Map<String, String> unreadable = new LinkedHashMap<>();
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
