package org.guildhall.metrics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records on chosen days, written straight to the tables the roll-up reads: the services
 * stamp records with today, and the roll-up's figures must be checked on days of the
 * test's choosing.
 */
@Component
public class MetricsFixtures {

	private final JdbcTemplate jdbc;

	MetricsFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A small community around one day D (UTC): in the unit, Ana writes two experiments
	 * (a chaos one promoted on D+1, another concluded refuted on D+1) and a share, and
	 * attends two sessions; Ben only attends and answers; in the other unit Chen writes
	 * an experiment, attends the first session, and is Ana's hero in a pairing started on
	 * D, with a check-in on D+20, completed on D+2 and making Chen a hero created on D+2.
	 * Feedback on D: 10, 9 and 3.
	 */
	public Community community(LocalDate day, String unit, String otherUnit) {
		Long ana = member("Ana", unit);
		Long ben = member("Ben", unit);
		Long chen = member("Chen", otherUnit);
		Long chaos = experiment(ana, "CHAOS_EXPERIMENT", at(day, 10), null);
		experiment(ana, "NEW_PRACTICE", at(day, 23), at(day.plusDays(1), 9));
		experiment(chen, "NEW_PRACTICE", at(day, 8), null);
		this.jdbc.update("""
				insert into experiment_promotions (experiment_id, from_scope, to_scope, result, evidence, promoted_at)
				values (?, 'SANDBOX', 'TEAM', 'CONFIRMED', 'It held', ?)""", chaos, at(day.plusDays(1), 12));
		Long share = insert("""
				insert into knowledge_shares (kind, title, summary, link, shared_on, author_id)
				values ('FAILURE_STORY', 'When the cache lied', 'A story', 'https://wiki.example.com/cache', ?, ?)""",
				day, ana);
		Long mixed = session(day, 14, ana, chen);
		session(day, 16, ana, ben);
		for (Object[] answer : List.of(new Object[] { ana, 10 }, new Object[] { ben, 9 }, new Object[] { chen, 3 })) {
			this.jdbc.update("""
					insert into session_feedback (session_id, member_id, score, given_at, updated_at)
					values (?, ?, ?, ?, ?)""", mixed, answer[0], answer[1], at(day, 18), at(day, 18));
		}
		Long pairing = insert(
				"""
						insert into pairings (hero_id, sidekick_id, status, requested_by, requested_at, starts_on, planned_end_on,
						                      activated_at, closed_at)
						values (?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?)""",
				chen, ana, ana, at(day, 9), day, day.plusWeeks(12), at(day, 11), at(day.plusDays(2), 10));
		this.jdbc.update("""
				insert into pairing_check_ins (pairing_id, met_on, what_we_did, recorded_by, recorded_at)
				values (?, ?, 'Paired on an incident review', ?, ?)""", pairing, day.plusDays(20), chen,
				at(day.plusDays(20), 10));
		this.jdbc.update("insert into heroes_created (member_id, pairing_id, created_at) values (?, ?, ?)", chen,
				pairing, at(day.plusDays(2), 10));
		return new Community(List.of(ana, ben, chen), share);
	}

	/** A member of a business unit, for tests that need one. */
	public Long member(String name, String unit) {
		String run = UUID.randomUUID().toString();
		return insert("""
				insert into members (name, email, role, country, time_zone, business_unit, job_role, joined_on)
				values (?, ?, 'MEMBER', 'ES', 'Europe/Madrid', ?, 'Developer', date '2000-01-01')""", name + " " + run,
				"metrics-" + run + "@guildhall.test", unit);
	}

	private Long experiment(Long author, String kind, Timestamp createdAt, Timestamp concludedAt) {
		return insert(
				"""
						insert into experiments (title, kind, service, hypothesis, scope, status, outcome, author_id, created_at,
						                         concluded_at)
						values ('Fixture experiment', ?, 'checkout', 'It holds', 'SANDBOX', ?, ?, ?, ?, ?)""",
				kind, (concludedAt != null) ? "CONCLUDED" : "PLANNED", (concludedAt != null) ? "REFUTED" : null, author,
				createdAt, concludedAt);
	}

	/** A session held on the day at that hour (UTC), with its attendance recorded. */
	private Long session(LocalDate day, int hour, Long... attendees) {
		Long session = insert("""
				insert into community_sessions (title, format, starts_at, duration_minutes, planned_zone, online_link,
				                                attendance_recorded_at)
				values ('Fixture session', 'WORKSHOP', ?, 60, 'UTC', 'https://meet.example.com/fixture', ?)""",
				at(day, hour), at(day, hour + 1));
		for (Long attendee : attendees) {
			this.jdbc.update("insert into session_attendance (session_id, member_id) values (?, ?)", session, attendee);
		}
		return session;
	}

	private Long insert(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql + " returning id", Long.class, arguments);
	}

	private static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(LocalTime.of(hour, 30)).toInstant(ZoneOffset.UTC));
	}

	/** The members (Ana, Ben, Chen) and Ana's share. */
	public record Community(List<Long> members, Long shareId) {
	}

}
