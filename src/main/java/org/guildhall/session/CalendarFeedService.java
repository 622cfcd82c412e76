package org.guildhall.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.guildhall.member.Members;
import org.guildhall.web.Secrets;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's personal calendar feed: a secret address that calendar apps poll without
 * signing in. The token is the only credential, so it is long, random and replaceable,
 * shown once when it is made, and kept only as its SHA-256.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeedService {

	private final NamedParameterJdbcTemplate jdbc;

	private final Members members;

	CalendarFeedService(NamedParameterJdbcTemplate jdbc, Members members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** When the member's current address was made, if they have one. */
	public Optional<Instant> createdAt(Long memberId) {
		return this.jdbc
			.queryForList("select created_at from calendar_feeds where member_id = :member",
					new MapSqlParameterSource("member", memberId), Timestamp.class)
			.stream()
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** A new address, answered once; an older one stops working at once. */
	@Transactional
	public String reset(Long memberId) {
		String token = Secrets.newToken();
		this.jdbc.update("""
				insert into calendar_feeds (member_id, token_hash) values (:member, :hash)
				on conflict (member_id) do update set token_hash = excluded.token_hash, created_at = now()""",
				new MapSqlParameterSource("member", memberId).addValue("hash", Secrets.sha256(token)));
		return token;
	}

	/** Whose feed a token opens, if any active member's. */
	public Optional<Long> memberOf(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		List<Long> found = this.jdbc.queryForList("select member_id from calendar_feeds where token_hash = :hash",
				new MapSqlParameterSource("hash", Secrets.sha256(token)), Long.class);
		return found.stream().filter(this.members::isContributor).findFirst();
	}

}
