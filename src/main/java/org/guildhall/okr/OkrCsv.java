package org.guildhall.okr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.guildhall.web.CsvCells;

/**
 * The three OKR exports: objectives, key results and check-ins of a period, each cell
 * safe to open in a spreadsheet.
 */
final class OkrCsv {

	private OkrCsv() {
	}

	static void objectives(OkrPeriod period, List<ObjectiveView> objectives, Writer out) {
		print(out, (csv) -> {
			csv.printRecord("period", "objective_id", "objective", "business_goal", "owner", "score", "score_formula",
					"grade", "confidence", "stale_key_results", "went_well", "did_not_go_well", "what_next");
			for (ObjectiveView view : objectives) {
				Objective objective = view.objective();
				csv.printRecord(cells(period.getName(), objective.getId(), objective.getTitle(), view.goalName(),
						view.ownerName(), view.score().display(), view.score().formula(), number(objective.getGrade()),
						(view.confidence() != null) ? view.confidence().label() : "", view.staleCount(),
						objective.getWentWell(), objective.getDidNotGoWell(), objective.getWhatNext()));
			}
		});
	}

	static void keyResults(OkrPeriod period, List<ObjectiveView> objectives, Writer out) {
		print(out, (csv) -> {
			csv.printRecord("period", "objective", "key_result_id", "key_result", "kind", "unit", "baseline", "target",
					"current", "weight", "score", "score_formula", "owner", "confidence", "stale", "last_check_in_utc");
			for (ObjectiveView view : objectives) {
				for (KeyResultView keyResult : view.keyResults()) {
					KeyResult result = keyResult.keyResult();
					csv.printRecord(cells(period.getName(), view.objective().getTitle(), result.getId(),
							result.getTitle(), result.getKind().label(), result.getUnit().label(),
							number(result.getBaseline()), number(result.getTarget()), number(result.getCurrentValue()),
							number(result.getWeight()), keyResult.score().display(), keyResult.score().formula(),
							keyResult.ownerName(),
							(keyResult.confidence() != null) ? keyResult.confidence().label() : "", keyResult.stale(),
							(result.getLastCheckInAt() != null)
									? DateTimeFormatter.ISO_INSTANT.format(result.getLastCheckInAt()) : ""));
				}
			}
		});
	}

	static void checkIns(OkrPeriod period, List<ObjectiveView> objectives, Writer out) {
		print(out, (csv) -> {
			csv.printRecord("period", "objective", "key_result", "recorded_at_utc", "value", "confidence", "note",
					"recorded_by", "origin");
			for (ObjectiveView view : objectives) {
				for (KeyResultView keyResult : view.keyResults()) {
					for (KeyResultView.CheckInView shown : keyResult.checkIns()) {
						CheckIn checkIn = shown.checkIn();
						csv.printRecord(
								cells(period.getName(), view.objective().getTitle(), keyResult.keyResult().getTitle(),
										DateTimeFormatter.ISO_INSTANT.format(checkIn.getRecordedAt()),
										number(checkIn.getValue()), checkIn.getConfidence().label(), checkIn.getNote(),
										shown.recordedBy(), checkIn.getOrigin().name()));
					}
				}
			}
		});
	}

	private interface Rows {

		void print(CSVPrinter csv) throws IOException;

	}

	private static void print(Writer out, Rows rows) {
		try {
			CSVPrinter csv = new CSVPrinter(out, CsvCells.FORMAT);
			rows.print(csv);
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object[] cells(Object... values) {
		return CsvCells.safe(values);
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

}
