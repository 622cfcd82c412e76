package org.guildhall.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.guildhall.member.SignedInSessions;
import org.guildhall.web.Secrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions a member is signed in with, in PostgreSQL: listed on their sessions page
 * and ended when their rights or their password change.
 */
@Component
class AccountSessions implements SignedInSessions {

	static final String SIGNED_IN_AT = "guildhall.signedInAt";

	static final String USER_AGENT = "guildhall.userAgent";

	static final String CLIENT_ADDRESS = "guildhall.clientAddress";

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
	}

	@Override
	public int endSessionsOf(Long memberId) {
		return end(memberId, SessionsEnded.Reason.ACCESS_CHANGED);
	}

	/** Ends every session of the member but the current request's; answers how many. */
	int end(Long memberId, SessionsEnded.Reason reason) {
		String current = currentSessionId().orElse(null);
		int ended = 0;
		for (String id : of(memberId).keySet()) {
			if (!id.equals(current)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			this.events.publishEvent(new SessionsEnded(memberId, ended, reason));
		}
		return ended;
	}

	/** Ends one of the member's own sessions, named by its handle; false when none is. */
	boolean endOne(Long memberId, String handle) {
		Optional<String> found = of(memberId).keySet().stream().filter((id) -> handle(id).equals(handle)).findFirst();
		found.ifPresent((id) -> {
			this.sessions.deleteById(id);
			this.events.publishEvent(new SessionsEnded(memberId, 1, SessionsEnded.Reason.BY_MEMBER));
		});
		return found.isPresent();
	}

	/**
	 * The member's open sessions, the current one first, then the most recently active.
	 */
	List<OpenSession> list(Long memberId) {
		String current = currentSessionId().orElse(null);
		return of(memberId).entrySet().stream().map((entry) -> {
			Session session = entry.getValue();
			Instant signedInAt = session.getAttribute(SIGNED_IN_AT);
			return new OpenSession(handle(entry.getKey()),
					(signedInAt != null) ? signedInAt : session.getCreationTime(), session.getLastAccessedTime(),
					Browsers.describe(session.getAttribute(USER_AGENT)), session.getAttribute(CLIENT_ADDRESS),
					entry.getKey().equals(current));
		})
			.sorted(Comparator.comparing(OpenSession::current)
				.reversed()
				.thenComparing(OpenSession::lastActive, Comparator.reverseOrder()))
			.toList();
	}

	private Map<String, ? extends Session> of(Long memberId) {
		return this.sessions.findByPrincipalName(memberId.toString());
	}

	private static Optional<String> currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getSession(false)).map(HttpSession::getId);
		}
		return Optional.empty();
	}

	/**
	 * What a page may show of a session's id: enough to name it, useless to take it over.
	 */
	static String handle(String sessionId) {
		return Secrets.sha256(sessionId).substring(0, 32);
	}

	/** A session as its member sees it on their sessions page. */
	record OpenSession(String handle, Instant signedInAt, Instant lastActive, String browser, String address,
			boolean current) {
	}

}
