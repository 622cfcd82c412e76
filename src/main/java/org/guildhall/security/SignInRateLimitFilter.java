package org.guildhall.security;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Limits how often one client address may try the pages that check a secret (sign-in,
 * set-up, sign-in links, password change), across every instance: beyond the limit the
 * answer is 429 with Retry-After and a page that says to wait. The address is the
 * connection's, or the one a trusted proxy forwarded when
 * {@code server.forward-headers-strategy} says to believe it.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

	private static final RequestMatcher GUARDED = new OrRequestMatcher(pathPattern(HttpMethod.POST, "/login"),
			pathPattern("/setup"), pathPattern("/sign-in-links/**"), pathPattern(HttpMethod.POST, "/account/password"));

	private final RateLimits limits;

	private final int perMinute;

	SignInRateLimitFilter(RateLimits limits, int perMinute) {
		this.limits = limits;
		this.perMinute = perMinute;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !GUARDED.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		OptionalLong wait = this.limits.secondsToWait("sign-in:" + request.getRemoteAddr(), this.perMinute);
		if (wait.isPresent()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
