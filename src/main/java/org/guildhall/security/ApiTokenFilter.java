package org.guildhall.security;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.web.ApiProblems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates API requests by the bearer token in the Authorization header, and refuses
 * a token in the URL (URLs end up in logs and browser histories). A valid token's
 * requests count against its rate limit.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final Set<String> TOKEN_PARAMETERS = Set.of("access_token", "token", "api_key", "apikey");

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ApiRateLimiter limiter;

	private final ApiProblems problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokens tokens, ApiRateLimiter limiter, ApiProblems problems) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.keySet()
			.stream()
			.anyMatch((name) -> TOKEN_PARAMETERS.contains(name.toLowerCase(java.util.Locale.ROOT)))) {
			unauthorized(response, "Send the token in the Authorization header (Bearer …), never in the URL.");
			return;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!header.startsWith(BEARER)) {
			unauthorized(response, "Send the token as Authorization: Bearer followed by the token.");
			return;
		}
		ApiTokens.Check check = this.tokens.check(header.substring(BEARER.length()).strip());
		switch (check.verdict()) {
			case UNKNOWN -> unauthorized(response, "This token is unknown. A CoP lead creates tokens under Metrics.");
			case REVOKED -> unauthorized(response, "This token was revoked. Ask a CoP lead for a new one.");
			case EXPIRED -> unauthorized(response,
					"This token expired on " + DateTimeFormatter.ISO_INSTANT.format(check.token().expiresAt())
							+ ". Ask a CoP lead for a new one.");
			case VALID -> {
				OptionalLong wait = this.limiter.secondsToWait(check.token().id());
				if (wait.isPresent()) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
					this.problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
							"This token may send " + this.limiter.perMinute() + " requests a minute. Try again in "
									+ wait.getAsLong() + " s.");
					return;
				}
				List<SimpleGrantedAuthority> authorities = check.token()
					.scopes()
					.stream()
					.map(ApiScope::authority)
					.map(SimpleGrantedAuthority::new)
					.toList();
				SecurityContext context = this.contexts.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken
					.authenticated(new ApiClient(check.token().id(), check.token().name()), null, authorities));
				this.contexts.setContext(context);
				chain.doFilter(request, response);
			}
		}
	}

	private void unauthorized(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		this.problems.write(response, HttpStatus.UNAUTHORIZED, detail);
	}

}
