package org.guildhall.security;

import java.util.Map;

import org.guildhall.member.MemberPrincipal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC) and are indexed by member id rather
 * than by email, which a member may change: that index is how a member's sessions are
 * found and ended.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionSettings.class)
class SessionConfiguration {

	/**
	 * Every request notes its session's last access, and that update's commit waited for
	 * PostgreSQL to flush its log to disk (about 5 ms on the benchmark machine, the
	 * largest part of a page's time). The update now turns that wait off for its own
	 * transaction: a database crash can lose the last fraction of a second of such notes
	 * (an older "last active", a sign-in to repeat). Deleting sessions, which is how they
	 * are ended, still waits.
	 */
	static final String UPDATE_SESSION_WITHOUT_WAITING = """
			UPDATE %TABLE_NAME%
			SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
			WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) IS NOT NULL
			""";

	/**
	 * Two requests of one session that both add the same attribute (its first CSRF token,
	 * say, when a browser loads several pages at once) both insert it: the second insert
	 * failed on the primary key and its page answered 500. The insert now updates the row
	 * the other request wrote.
	 */
	static final String CREATE_OR_REPLACE_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionStore() {
		return (repository) -> {
			repository.setIndexResolver(new MemberIdIndexResolver());
			repository.setUpdateSessionQuery(UPDATE_SESSION_WITHOUT_WAITING);
			repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
		};
	}

	/** The member id of a signed-in session, under Spring Session's principal index. */
	static final class MemberIdIndexResolver implements IndexResolver<Session> {

		@Override
		public Map<String, String> resolveIndexesFor(Session session) {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext security && security.getAuthentication() != null
					&& security.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
				return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, member.id().toString());
			}
			return Map.of();
		}

	}

}
