package org.guildhall.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for other systems. The secret is shown once when a lead creates it; only its
 * SHA-256 is stored, which is enough for 256 random bits (no salt or slow hash needed, as
 * nobody can guess such a secret from a list of common ones).
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "gh_";

	/** Tokens live a year at most; a lead creates a new one before it ends. */
	static final int LONGEST_DAYS = 366;

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApiTokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Created create(String name, Set<ApiScope> scopes, int validDays, Long leadId) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		Long id = this.jdbc.queryForObject(
				"""
						insert into api_tokens (name, token_hash, write_outcomes, read_metrics, expires_at, created_by, created_at)
						values (?, ?, ?, ?, ?, ?, ?) returning id""",
				Long.class, name.strip(), hash(secret), scopes.contains(ApiScope.WRITE_OUTCOMES),
				scopes.contains(ApiScope.READ_METRICS), Timestamp.from(now.plus(Duration.ofDays(validDays))), leadId,
				Timestamp.from(now));
		return new Created(id, name.strip(), secret);
	}

	/** Checks a secret from a request's Authorization header and notes its use. */
	@Transactional
	public Check check(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return new Check(Verdict.UNKNOWN, null);
		}
		Optional<Token> found = this.jdbc
			.query(SELECT + " where t.token_hash = ?", (row, i) -> token(row), hash(secret))
			.stream()
			.findFirst();
		if (found.isEmpty()) {
			return new Check(Verdict.UNKNOWN, null);
		}
		Token token = found.get();
		Instant now = this.clock.instant();
		if (token.revokedAt() != null) {
			return new Check(Verdict.REVOKED, token);
		}
		if (!token.expiresAt().isAfter(now)) {
			return new Check(Verdict.EXPIRED, token);
		}
		this.jdbc.update("update api_tokens set last_used_at = ? where id = ?", Timestamp.from(now), token.id());
		return new Check(Verdict.VALID, token);
	}

	/** The tokens a page lists at most. */
	public static final int SHOWN = 50;

	/** Tokens still in use first, newest first, at most {@link #SHOWN}. */
	public List<Token> recent() {
		return this.jdbc.query(SELECT + "\n" + """
				order by (t.revoked_at is null and t.expires_at > ?) desc, t.created_at desc, t.id desc
				limit ?""", (row, i) -> token(row), Timestamp.from(this.clock.instant()), SHOWN);
	}

	@Transactional
	public boolean revoke(Long id) {
		return this.jdbc.update("update api_tokens set revoked_at = ? where id = ? and revoked_at is null",
				Timestamp.from(this.clock.instant()), id) == 1;
	}

	public boolean exists(Long id) {
		return this.jdbc.queryForObject("select count(*) from api_tokens where id = ?", Long.class, id) > 0;
	}

	private static final String SELECT = """
			select t.id, t.name, t.write_outcomes, t.read_metrics, t.expires_at, t.revoked_at, t.last_used_at,
			       t.created_at, m.name
			  from api_tokens t left join members m on m.id = t.created_by""";

	private static Token token(java.sql.ResultSet row) throws java.sql.SQLException {
		List<ApiScope> scopes = new ArrayList<>();
		if (row.getBoolean(3)) {
			scopes.add(ApiScope.WRITE_OUTCOMES);
		}
		if (row.getBoolean(4)) {
			scopes.add(ApiScope.READ_METRICS);
		}
		return new Token(row.getLong(1), row.getString(2), Set.copyOf(scopes), row.getTimestamp(5).toInstant(),
				instant(row.getTimestamp(6)), instant(row.getTimestamp(7)), row.getTimestamp(8).toInstant(),
				row.getString(9));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/** A token as the page lists it; never its secret. */
	public record Token(Long id, String name, Set<ApiScope> scopes, Instant expiresAt, Instant revokedAt,
			Instant lastUsedAt, Instant createdAt, String createdBy) {

		public boolean isActiveAt(Instant now) {
			return this.revokedAt == null && this.expiresAt.isAfter(now);
		}

	}

	/** A token just created, with the secret to show once. */
	public record Created(Long id, String name, String secret) {
	}

	public enum Verdict {

		VALID, UNKNOWN, EXPIRED, REVOKED

	}

	/** What a secret turned out to be. */
	public record Check(Verdict verdict, Token token) {
	}

}
