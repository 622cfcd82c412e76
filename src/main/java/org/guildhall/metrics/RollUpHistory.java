package org.guildhall.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The roll-ups that committed, newest first, with who asked for them. */
@Component
public class RollUpHistory {

	private static final int SHOWN = 20;

	private final JdbcTemplate jdbc;

	RollUpHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> recent() {
		return this.jdbc.query("""
				select r.trigger, r.first_day, r.last_day, r.rows_written, r.started_at, r.finished_at, m.name
				  from metric_roll_ups r left join members m on m.id = r.requested_by
				 order by r.started_at desc, r.id desc limit ?""",
				(row, i) -> new Entry(RollUpTrigger.valueOf(row.getString(1)), row.getObject(2, LocalDate.class),
						row.getObject(3, LocalDate.class), row.getInt(4), row.getTimestamp(5).toInstant(),
						row.getTimestamp(6).toInstant(), row.getString(7)),
				SHOWN);
	}

	public record Entry(RollUpTrigger trigger, LocalDate firstDay, LocalDate lastDay, int rowsWritten,
			Instant startedAt, Instant finishedAt, String requestedBy) {

		public long milliseconds() {
			return java.time.Duration.between(this.startedAt, this.finishedAt).toMillis();
		}

	}

}
