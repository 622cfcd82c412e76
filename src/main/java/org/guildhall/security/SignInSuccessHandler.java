package org.guildhall.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Notes when, from where and with which browser a session signed in (the member's
 * sessions page shows it, and the absolute lifetime counts from it), then goes where the
 * member was heading, or to their start page.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private static final int LONGEST_USER_AGENT = 256;

	private final Clock clock;

	SignInSuccessHandler(Clock clock) {
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		HttpSession session = request.getSession();
		session.setAttribute(AccountSessions.SIGNED_IN_AT, this.clock.instant());
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		if (userAgent != null) {
			session.setAttribute(AccountSessions.USER_AGENT,
					userAgent.substring(0, Math.min(userAgent.length(), LONGEST_USER_AGENT)));
		}
		session.setAttribute(AccountSessions.CLIENT_ADDRESS, request.getRemoteAddr());
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
