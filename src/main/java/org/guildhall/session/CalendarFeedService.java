package org.guildhall.session;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.guildhall.member.MemberService;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's personal calendar feed: a secret address that calendar apps poll without
 * signing in. The token is the only credential, so it is long, random and replaceable.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final NamedParameterJdbcTemplate jdbc;

	private final MemberService members;

	CalendarFeedService(NamedParameterJdbcTemplate jdbc, MemberService members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	/** The member's token, created on first use. */
	@Transactional
	public String tokenOf(Long memberId) {
		this.jdbc.update(
				"insert into calendar_feeds (member_id, token) values (:member, :token) on conflict do nothing",
				new MapSqlParameterSource("member", memberId).addValue("token", newToken()));
		return this.jdbc.queryForObject("select token from calendar_feeds where member_id = :member",
				new MapSqlParameterSource("member", memberId), String.class);
	}

	/** A new address; the old one stops working at once. */
	@Transactional
	public String reset(Long memberId) {
		String token = newToken();
		this.jdbc.update("""
				insert into calendar_feeds (member_id, token) values (:member, :token)
				on conflict (member_id) do update set token = excluded.token, created_at = now()""",
				new MapSqlParameterSource("member", memberId).addValue("token", token));
		return token;
	}

	/** Whose feed a token opens, if any active member's. */
	public Optional<Long> memberOf(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		List<Long> found = this.jdbc.queryForList("select member_id from calendar_feeds where token = :token",
				new MapSqlParameterSource("token", token), Long.class);
		return found.stream().filter(this.members::isContributor).findFirst();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
