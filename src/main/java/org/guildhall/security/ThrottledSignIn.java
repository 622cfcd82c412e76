package org.guildhall.security;

import java.time.Instant;
import java.util.Optional;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.web.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Email and password sign-in, behind the per-account throttle: a waiting account is
 * refused before any password is hashed, each failure counts, a success starts the count
 * afresh. Stored hashes made with weaker settings are replaced at the next sign-in.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	/** Longer than any email: such a sign-in is refused without looking anything up. */
	static final int LONGEST_EMAIL = 254;

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final Members members;

	private final ApplicationEventPublisher events;

	ThrottledSignIn(MemberDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle, Members members,
			ApplicationEventPublisher events) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setUserDetailsPasswordService(accounts);
		this.throttle = throttle;
		this.members = members;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = String.valueOf(authentication.getPrincipal());
		Object password = authentication.getCredentials();
		Optional<Instant> waitUntil = this.throttle.admit(email);
		if (waitUntil.isPresent()) {
			throw new LockedException("Too many failed sign-ins; the account waits until " + waitUntil.get());
		}
		try {
			if (!plausible(email) || !(password instanceof String text) || text.length() > PasswordRules.MAX_LENGTH) {
				throw new BadCredentialsException("No account signs in with such an email and password");
			}
			Authentication signedIn = this.passwords.authenticate(authentication);
			this.throttle.reset(email);
			return signedIn;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(email).ifPresent((until) -> {
				Long memberId = plausible(email)
						? this.members.findPrincipal(email).map(MemberPrincipal::id).orElse(null) : null;
				if (memberId != null) {
					this.throttle.belongsTo(email, memberId);
				}
				this.events.publishEvent(AccountLocked.locked(memberId, email, until));
			});
			throw ex;
		}
	}

	/** An email that some account might have: not too long, no control characters. */
	private static boolean plausible(String email) {
		return email.length() <= LONGEST_EMAIL && !Text.hasControlCharacters(email);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
