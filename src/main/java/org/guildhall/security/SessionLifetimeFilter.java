package org.guildhall.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than its absolute lifetime, however active it was:
 * the request goes on signed out, and a page that needs a sign-in sends it to the sign-in
 * page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(AccountSessions.SIGNED_IN_AT) instanceof Instant signedInAt
				&& !signedInAt.plus(this.lifetime).isAfter(this.clock.instant())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
