package org.guildhall.security;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.member.Members;
import org.guildhall.web.Secrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for other systems. The secret is shown once when a lead creates it; only its
 * SHA-256 is stored (see {@link Secrets}).
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

	static final String PREFIX = "gh_";

	/** Tokens live a year at most; a lead creates a new one before it ends. */
	static final int LONGEST_DAYS = 366;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Members members;

	ApiTokens(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock, Members members) {
		this.members = members;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Created create(String name, Set<ApiScope> scopes, int validDays, Long leadId) {
		String secret = PREFIX + Secrets.newToken();
		Instant now = this.clock.instant();
		Long id = this.jdbc.queryForObject(
				"""
						insert into api_tokens (name, token_hash, write_outcomes, read_metrics, expires_at, created_by, created_at)
						values (?, ?, ?, ?, ?, ?, ?) returning id""",
				Long.class, name.strip(), Secrets.sha256(secret), scopes.contains(ApiScope.WRITE_OUTCOMES),
				scopes.contains(ApiScope.READ_METRICS), Timestamp.from(now.plus(Duration.ofDays(validDays))), leadId,
				Timestamp.from(now));
		this.events.publishEvent(new ApiTokenActivity(id, name.strip(), ApiTokenActivity.Kind.CREATED,
				scopes.stream().map(ApiScope::name).sorted().toList() + ", " + validDays + " days"));
		return new Created(id, name.strip(), secret);
	}

	/** Checks a secret from a request's Authorization header and notes its use. */
	@Transactional
	public Check check(String secret) {
		Optional<Token> found = (secret != null && secret.startsWith(PREFIX))
				? this.jdbc.query(SELECT + " where t.token_hash = ?", (row, i) -> token(row), Secrets.sha256(secret))
					.stream()
					.findFirst()
				: Optional.empty();
		if (found.isEmpty()) {
			return refused(new Check(Verdict.UNKNOWN, null));
		}
		Token token = found.get();
		Instant now = this.clock.instant();
		if (token.revokedAt() != null) {
			return refused(new Check(Verdict.REVOKED, token));
		}
		if (!token.expiresAt().isAfter(now)) {
			return refused(new Check(Verdict.EXPIRED, token));
		}
		this.jdbc.update("update api_tokens set last_used_at = ? where id = ?", Timestamp.from(now), token.id());
		if (token.lastUsedAt() == null) {
			this.events
				.publishEvent(new ApiTokenActivity(token.id(), token.name(), ApiTokenActivity.Kind.FIRST_USED, null));
		}
		return new Check(Verdict.VALID, token);
	}

	/** A token that may not do what it was sent to do. */
	@Transactional
	public void refuse(ApiClient client, String what) {
		this.events.publishEvent(new ApiTokenActivity(client.tokenId(), client.name(), ApiTokenActivity.Kind.REFUSED,
				"may not " + what));
	}

	private Check refused(Check check) {
		this.events.publishEvent(new ApiTokenActivity((check.token() != null) ? check.token().id() : null,
				(check.token() != null) ? check.token().name() : null, ApiTokenActivity.Kind.REFUSED,
				check.verdict().name().toLowerCase(Locale.ROOT)));
		return check;
	}

	/** The tokens a page lists at most. */
	public static final int SHOWN = 50;

	/**
	 * Tokens still in use first, newest first, at most {@link #SHOWN}, with the names of
	 * the leads who made them.
	 */
	public List<Token> recent() {
		Map<Long, Long> makers = new HashMap<>();
		List<Token> tokens = this.jdbc.query(SELECT + "\n" + """
				order by (t.revoked_at is null and t.expires_at > ?) desc, t.created_at desc, t.id desc
				limit ?""", (row, i) -> {
			makers.put(row.getLong(1), row.getObject(9, Long.class));
			return token(row);
		}, Timestamp.from(this.clock.instant()), SHOWN);
		Map<Long, String> names = this.members
			.namesOf(makers.values().stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		return tokens.stream().map((token) -> token.madeBy(names.get(makers.get(token.id())))).toList();
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public boolean revoke(Long id) {
		List<String> revoked = this.jdbc.queryForList(
				"update api_tokens set revoked_at = ? where id = ? and revoked_at is null returning name", String.class,
				Timestamp.from(this.clock.instant()), id);
		revoked.forEach((name) -> this.events
			.publishEvent(new ApiTokenActivity(id, name, ApiTokenActivity.Kind.REVOKED, null)));
		return !revoked.isEmpty();
	}

	/** The names of these tokens, in one statement. */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		this.jdbc.query("select id, name from api_tokens where id = any(?)",
				(RowCallbackHandler) (row) -> names.put(row.getLong(1), row.getString(2)),
				(Object) ids.toArray(Long[]::new));
		return names;
	}

	public boolean exists(Long id) {
		return this.jdbc.queryForObject("select count(*) from api_tokens where id = ?", Long.class, id) > 0;
	}

	private static final String SELECT = """
			select t.id, t.name, t.write_outcomes, t.read_metrics, t.expires_at, t.revoked_at, t.last_used_at,
			       t.created_at, t.created_by
			  from api_tokens t""";

	private static Token token(java.sql.ResultSet row) throws java.sql.SQLException {
		List<ApiScope> scopes = new ArrayList<>();
		if (row.getBoolean(3)) {
			scopes.add(ApiScope.WRITE_OUTCOMES);
		}
		if (row.getBoolean(4)) {
			scopes.add(ApiScope.READ_METRICS);
		}
		return new Token(row.getLong(1), row.getString(2), Set.copyOf(scopes), row.getTimestamp(5).toInstant(),
				instant(row.getTimestamp(6)), instant(row.getTimestamp(7)), row.getTimestamp(8).toInstant(), null);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** A token as the page lists it; never its secret. */
	public record Token(Long id, String name, Set<ApiScope> scopes, Instant expiresAt, Instant revokedAt,
			Instant lastUsedAt, Instant createdAt, String createdBy) {

		Token madeBy(String lead) {
			return new Token(this.id, this.name, this.scopes, this.expiresAt, this.revokedAt, this.lastUsedAt,
					this.createdAt, lead);
		}

		public boolean isActiveAt(Instant now) {
			return this.revokedAt == null && this.expiresAt.isAfter(now);
		}

	}

	/** A token just created, with the secret to show once. */
	public record Created(Long id, String name, String secret) implements Serializable {
	}

	public enum Verdict {

		VALID, UNKNOWN, EXPIRED, REVOKED

	}

	/** What a secret turned out to be. */
	public record Check(Verdict verdict, Token token) {
	}

}
