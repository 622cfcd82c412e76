package org.guildhall.web;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * CSV exports as spreadsheets open them safely: CRLF records, and a cell that a
 * spreadsheet would run as a formula (it starts with =, +, - or @) written as text.
 */
public final class CsvCells {

	public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	private CsvCells() {
	}

	/** The values of one record, each safe to open, nulls as empty cells. */
	public static Object[] safe(Object... values) {
		return Arrays.stream(values).map(CsvCells::safe).toArray();
	}

	private static Object safe(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
				&& !NUMBER.matcher(text).matches()) {
			return "'" + text;
		}
		return (value != null) ? value : "";
	}

}
