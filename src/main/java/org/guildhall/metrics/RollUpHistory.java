package org.guildhall.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.guildhall.member.Members;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The roll-ups that committed, newest first, with who asked for them. */
@Component
class RollUpHistory {

	private static final int SHOWN = 20;

	private final JdbcTemplate jdbc;

	private final Members members;

	RollUpHistory(JdbcTemplate jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	List<Entry> recent() {
		List<Requested> runs = this.jdbc.query("""
				select r.trigger, r.first_day, r.last_day, r.rows_written, r.started_at, r.finished_at, r.requested_by
				  from metric_roll_ups r
				 order by r.started_at desc, r.id desc limit ?""",
				(row, i) -> new Requested(new Entry(RollUpTrigger.valueOf(row.getString(1)),
						row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class), row.getInt(4),
						row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(), null),
						row.getObject(7, Long.class)),
				SHOWN);
		Map<Long, String> names = this.members
			.namesOf(runs.stream().map(Requested::by).filter(Objects::nonNull).collect(Collectors.toSet()));
		return runs.stream().map((run) -> run.entry().requestedBy(names.get(run.by()))).toList();
	}

	/** A run before the name of who asked for it is known. */
	private record Requested(Entry entry, Long by) {
	}

	public record Entry(RollUpTrigger trigger, LocalDate firstDay, LocalDate lastDay, int rowsWritten,
			Instant startedAt, Instant finishedAt, String requestedBy) {

		Entry requestedBy(String name) {
			return new Entry(this.trigger, this.firstDay, this.lastDay, this.rowsWritten, this.startedAt,
					this.finishedAt, name);
		}

		public long milliseconds() {
			return java.time.Duration.between(this.startedAt, this.finishedAt).toMillis();
		}

	}

}
