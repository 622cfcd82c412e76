package org.guildhall.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import org.guildhall.web.ApiProblems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The access rules of every URL. Anything not listed here is denied, so a new page is
 * invisible until it is given a rule (and a test of that rule). Lead-only service methods
 * also carry {@code @PreAuthorize}, so that a mistake here cannot open them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SignInSettings.class, ApiSettings.class, RateLimitSettings.class,
		SetupSettings.class })
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "screen-wake-lock=(), publickey-credentials-get=(self), fullscreen=(self)";

	/**
	 * The API: stateless, a bearer token per request, no session and so no CSRF to forge;
	 * every answer, errors included, is JSON.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limiter, ApiProblems problems)
			throws Exception {
		safeHeaders(http);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/outcomes")
				.hasAuthority(ApiScope.WRITE_OUTCOMES.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/metrics", "/api/v1/metrics/{key}")
				.hasAuthority(ApiScope.READ_METRICS.authority())
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.addFilterBefore(new ApiTokenFilter(tokens, limiter, problems), AuthorizationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				problems.write(response, HttpStatus.UNAUTHORIZED,
						"Send an API token as Authorization: Bearer followed by the token.");
			}).accessDeniedHandler((request, response, ex) -> {
				if (SecurityContextHolder.getContext().getAuthentication() != null && SecurityContextHolder.getContext()
					.getAuthentication()
					.getPrincipal() instanceof ApiClient client) {
					tokens.refuse(client, request.getMethod() + " " + request.getRequestURI());
				}
				problems.write(response, HttpStatus.FORBIDDEN,
						"This token may not do this: a CoP lead gives tokens their permissions.");
			}));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain guildhallSecurity(HttpSecurity http, SessionSettings sessions, RateLimits limits,
			SignInSettings signIn, Clock clock) throws Exception {
		safeHeaders(http);
		http.addFilterBefore(new SessionLifetimeFilter(clock, sessions.absoluteLifetime()),
				SecurityContextHolderFilter.class)
			.addFilterBefore(new SignInRateLimitFilter(limits, signIn.requestsPerMinute()), CsrfFilter.class);
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/webjars/**", "/assets/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/login", "/setup", "/sign-in-links/*")
			.permitAll()
			// calendar apps poll a member's feed without signing in: the secret is in the
			// URL
			.requestMatchers(HttpMethod.GET, "/calendar/{token}.ics")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("LEAD")
			.requestMatchers("/members/new", "/members/{id}/deactivate", "/members/{id}/reactivate",
					"/members/{id}/sign-in-link", "/skills/new", "/skills/{id}/edit")
			.hasRole("LEAD")
			.requestMatchers("/okrs/new", "/okrs/{id}/edit", "/okrs/periods/new", "/okrs/periods/{id}/edit",
					"/okrs/periods/{id}/close", "/okrs/goals/new", "/okrs/goals/{id}/edit")
			.hasRole("LEAD")
			.requestMatchers("/backlog/{id}/move", "/backlog/skill-gaps", "/canvas/edit")
			.hasRole("LEAD")
			.requestMatchers("/sessions/new", "/sessions/{id}/edit", "/sessions/{id}/cancel", "/sessions/{id}/assign")
			.hasRole("LEAD")
			.requestMatchers("/surveys/new", "/surveys/{id}/close", "/surveys/answers/{answerId}/backlog-item")
			.hasRole("LEAD")
			.requestMatchers("/league/pairings/{id}/approve", "/league/pairings/{id}/decline",
					"/league/pairings/assignments")
			.hasRole("LEAD")
			.requestMatchers("/metrics/roll-ups", "/metrics/roll-ups/backfill", "/metrics/outcomes/new",
					"/metrics/outcomes/import", "/metrics/tokens", "/metrics/tokens/{id}/revoke",
					"/okrs/key-results/{id}/source")
			.hasRole("LEAD")
			.requestMatchers("/members/{id}/edit", "/members/{id}/skills", "/okrs/key-results/{id}/check-in",
					"/backlog/new", "/backlog/{id}/edit", "/backlog/{id}/status", "/backlog/{id}/drop",
					"/backlog/{id}/vote", "/backlog/{id}/unvote", "/experiments/new", "/experiments/import",
					"/experiments/{id}/edit", "/experiments/{id}/start", "/experiments/{id}/conclude",
					"/experiments/{id}/promote", "/shares/new", "/shares/{id}/edit")
			.hasAnyRole("LEAD", "MEMBER")
			.requestMatchers("/sessions/{id}/sign-up", "/sessions/{id}/sign-off", "/sessions/{id}/attendance",
					"/sessions/{id}/feedback", "/sessions/{id}/volunteer", "/sessions/{id}/decline",
					"/sessions/{id}/swaps", "/sessions/swaps/{swapId}/accept", "/sessions/swaps/{swapId}/decline",
					"/sessions/swaps/{swapId}/withdraw", "/sessions/rotation/leave",
					"/sessions/rotation/leave/{leaveId}/delete", "/sessions/calendar-feed",
					"/sessions/calendar-feed/reset", "/surveys/{id}/answer", "/league/settings", "/league/suggestions",
					"/league/pairings/new", "/league/pairings/{id}/check-ins", "/league/pairings/{id}/complete",
					"/league/pairings/{id}/end")
			.hasAnyRole("LEAD", "MEMBER")
			.requestMatchers("/accounts/locked", "/accounts/locked/{id}/unlock", "/audit", "/audit/export")
			.hasRole("LEAD")
			.requestMatchers("/account/password", "/account/sessions", "/account/sessions/end-others",
					"/account/sessions/{handle}/end")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/", "/members", "/members/{id}", "/skills", "/okrs", "/okrs/dashboard",
					"/okrs/periods", "/okrs/goals", "/okrs/{id}", "/okrs/export/**", "/backlog", "/backlog/{id}",
					"/experiments", "/experiments/{id}", "/shares", "/shares/{id}", "/canvas", "/canvas/history",
					"/canvas/compare", "/canvas/versions/{number}", "/sessions", "/sessions/calendar",
					"/sessions/rotation", "/sessions/nps", "/sessions/{id}", "/sessions/{id}/calendar.ics", "/surveys",
					"/surveys/latest", "/surveys/{id}", "/league", "/league/rules", "/league/tables",
					"/league/members/{id}", "/league/pairings", "/league/pairings/{id}", "/metrics",
					"/metrics/{family}", "/metrics/outcomes", "/picks/{kind}", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**")
			.authenticated()
			.anyRequest()
			.denyAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(new SignInSuccessHandler(clock))
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath()
								+ ((ex instanceof LockedException) ? "/login?locked" : "/login?error")))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		return http.build();
	}

	/**
	 * Sign-in links and calendar tokens live in URLs, so no other site learns a URL from
	 * the Referer; the browser features Guildhall never uses stay off; HSTS is sent on
	 * HTTPS (Spring Security's default).
	 */
	private static void safeHeaders(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
	}

	/**
	 * Requests are timed and traced once each by Spring MVC's own observation; one more
	 * for each of the security chain's filters cost a twentieth of a simple page.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Denied requests become events, which the audit trail keeps. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

}
