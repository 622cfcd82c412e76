package org.guildhall.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.web.Secrets;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts per account in PostgreSQL, so that every instance sees the same
 * count: after {@value #MOST_FAILURES} failures within {@link #WINDOW}, the account's
 * sign-in waits {@link #LOCK} however the password is guessed. An attempt is counted
 * before its password is checked, so that a hundred parallel guesses cannot all slip in
 * before the first failure is recorded, and a refused attempt costs no password hash.
 */
@Component
class SignInThrottle implements SchedulingConfigurer {

	static final int MOST_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	/** The throttle of the set-up code, which a wrong guess counts against. */
	static final String SET_UP = "setup:";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SignInSettings settings;

	SignInThrottle(JdbcTemplate jdbc, Clock clock, SignInSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Counts an attempt for this account; answers empty when it may go on, else until
	 * when the account waits.
	 */
	Optional<Instant> admit(String account) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp windowStart = Timestamp.from(this.clock.instant().minus(WINDOW));
		return this.jdbc.queryForObject("""
				insert into sign_in_throttles as t (account_key, attempts, window_started_at)
				values (?, 1, ?)
				on conflict (account_key) do update set
				  attempts = case when (t.locked_until is null and t.window_started_at <= ?) or t.locked_until <= ?
				                  then 1 else least(t.attempts + 1, 1000000) end,
				  locked_until = case when t.locked_until <= ? then null else t.locked_until end,
				  window_started_at = case when (t.locked_until is null and t.window_started_at <= ?)
				                             or t.locked_until <= ? then excluded.window_started_at
				                           else t.window_started_at end
				returning attempts, locked_until""", (row, i) -> {
			Timestamp lockedUntil = row.getTimestamp(2);
			if (lockedUntil != null) {
				return Optional.of(lockedUntil.toInstant());
			}
			if (row.getInt(1) > MOST_FAILURES) {
				return Optional.of(this.clock.instant().plus(LOCK));
			}
			return Optional.<Instant>empty();
		}, key(account), now, windowStart, now, now, windowStart, now);
	}

	/**
	 * Records that an admitted attempt failed; answers until when the account waits if
	 * that failure locked it.
	 */
	Optional<Instant> failed(String account) {
		Instant until = this.clock.instant().plus(LOCK);
		int locked = this.jdbc.update("""
				update sign_in_throttles set locked_until = ?
				 where account_key = ? and attempts >= ? and locked_until is null""", Timestamp.from(until),
				key(account), MOST_FAILURES);
		return (locked == 1) ? Optional.of(until) : Optional.empty();
	}

	/** Names the member a locked account belongs to, so that leads see it. */
	void belongsTo(String account, Long memberId) {
		this.jdbc.update("update sign_in_throttles set member_id = ? where account_key = ?", memberId, key(account));
	}

	/** A successful sign-in, or a sign-in link used, starts the count afresh. */
	void reset(String account) {
		this.jdbc.update("delete from sign_in_throttles where account_key = ?", key(account));
	}

	/** Accounts of members that wait now, the soonest free first. */
	List<Lock> locked() {
		return this.jdbc.query("""
				select id, member_id, locked_until from sign_in_throttles
				 where locked_until > ? and member_id is not null
				 order by locked_until, id
				 limit 100""", (row, i) -> new Lock(row.getLong(1), row.getLong(2), row.getTimestamp(3).toInstant()),
				Timestamp.from(this.clock.instant()));
	}

	/** Frees a locked account at once; answers whose it was. */
	Optional<Long> unlock(Long lockId) {
		return this.jdbc
			.query("delete from sign_in_throttles where id = ? and member_id is not null returning member_id",
					(row, i) -> row.getLong(1), lockId)
			.stream()
			.findFirst();
	}

	/**
	 * Forgets counts nobody added to for a day, such as those of emails that belong to
	 * nobody.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addCronTask(this::forgetOldAttempts, this.settings.throttleCleanupCron());
	}

	void forgetOldAttempts() {
		Timestamp dayAgo = Timestamp.from(this.clock.instant().minus(Duration.ofDays(1)));
		this.jdbc.update(
				"delete from sign_in_throttles where window_started_at < ? and (locked_until is null or locked_until < ?)",
				dayAgo, dayAgo);
	}

	static String key(String account) {
		return Secrets.sha256((account != null) ? account.strip().toLowerCase(Locale.ROOT) : "");
	}

	/** A member's account that waits until a time. */
	record Lock(Long id, Long memberId, Instant until) {
	}

}
