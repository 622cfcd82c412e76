package org.guildhall.audit;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.guildhall.canvas.CanvasChanged;
import org.guildhall.member.MemberAccessChanged;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.okr.PeriodClosed;
import org.guildhall.security.AccountLocked;
import org.guildhall.security.ApiTokenActivity;
import org.guildhall.security.FirstLeadCreated;
import org.guildhall.security.PasswordChanged;
import org.guildhall.security.SessionsEnded;
import org.guildhall.security.SignInLinkIssued;
import org.guildhall.security.SignInLinkUsed;
import org.guildhall.web.Text;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns what happened into audit rows, in the same transaction as the change that caused
 * it: the trail never misses a change that was saved, nor records one that was not.
 * Spring Security's own authentication and authorization events feed the sign-ins and
 * refusals; the modules' events feed the rest.
 */
@Component
class AuditListeners {

	private static final int LONGEST_EMAIL = 254;

	private final AuditTrail trail;

	private final Members members;

	AuditListeners(AuditTrail trail, Members members) {
		this.trail = trail;
		this.members = members;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
			this.trail.record(AuditAction.SIGN_IN, true, member.id(), member.getUsername(), null, null);
		}
	}

	/**
	 * The email typed is kept even when nobody has it: a list of guessed emails is what
	 * an auditor looks for.
	 */
	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		String typed = event.getAuthentication().getName();
		Long memberId = memberIdOf(typed).orElse(null);
		String reason = (event.getException() instanceof LockedException) ? "the account waits after failed sign-ins"
				: "wrong email or password";
		this.trail.record(AuditAction.SIGN_IN, false, memberId, typed, null, reason);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof MemberPrincipal member) {
			this.trail.record(AuditAction.SIGN_OUT, true, member.id(), member.getUsername(), null, null);
		}
	}

	/**
	 * Refusals of signed-in people only: a visitor sent to the sign-in page is no news.
	 */
	@EventListener
	void accessDenied(AuthorizationDeniedEvent<?> event) {
		Authentication authentication = event.getAuthentication().get();
		if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal member) {
			String what = (event.getSource() instanceof HttpServletRequest request)
					? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getSource());
			this.trail.record(AuditAction.ACCESS_DENIED, false, member.id(), member.getUsername(), null, what);
		}
	}

	@EventListener
	void accountLocked(AccountLocked event) {
		AuditTrail.Target target = (event.memberId() != null)
				? AuditTrail.Target.member(event.memberId(), event.email())
				: new AuditTrail.Target("account", null, event.email());
		if (event.unlocked()) {
			this.trail.record(AuditAction.ACCOUNT_UNLOCKED, true, target, null);
		}
		else {
			this.trail.record(AuditAction.ACCOUNT_LOCKED, true, null, null, target, "waits until " + event.until());
		}
	}

	@EventListener
	void sessionsEnded(SessionsEnded event) {
		this.trail.record(AuditAction.SESSIONS_ENDED, true, memberTarget(event.memberId()),
				event.count() + " ended: " + event.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
	}

	@EventListener
	void setUp(FirstLeadCreated event) {
		this.trail.record(AuditAction.SET_UP, true, event.memberId(), event.email(),
				AuditTrail.Target.member(event.memberId(), event.email()), "first lead created");
	}

	@EventListener
	void accessChanged(MemberAccessChanged event) {
		AuditAction action = switch (event.change()) {
			case ROLE -> AuditAction.ROLE_CHANGED;
			case CORE_TEAM -> AuditAction.CORE_TEAM_CHANGED;
			case ACTIVE -> "true".equals(event.after()) ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED;
		};
		this.trail.record(action, true, AuditTrail.Target.member(event.memberId(), event.email()),
				event.before() + " → " + event.after());
	}

	@EventListener
	void passwordChanged(PasswordChanged event) {
		this.trail.record(AuditAction.PASSWORD_CHANGED, true, AuditTrail.Target.member(event.memberId(), event.email()),
				null);
	}

	@EventListener
	void signInLinkIssued(SignInLinkIssued event) {
		this.trail.record(AuditAction.SIGN_IN_LINK_CREATED, true,
				AuditTrail.Target.member(event.memberId(), event.email()), "valid until " + event.expiresAt());
	}

	@EventListener
	void signInLinkUsed(SignInLinkUsed event) {
		this.trail.record(AuditAction.SIGN_IN_LINK_USED, event.accepted(), event.memberId(), event.email(),
				AuditTrail.Target.member(event.memberId(), event.email()), event.accepted() ? "password set"
						: "the link was used, replaced or expired, or its member deactivated");
	}

	@EventListener
	void apiToken(ApiTokenActivity event) {
		AuditAction action = switch (event.kind()) {
			case CREATED -> AuditAction.API_TOKEN_CREATED;
			case FIRST_USED -> AuditAction.API_TOKEN_FIRST_USED;
			case REVOKED -> AuditAction.API_TOKEN_REVOKED;
			case REFUSED -> AuditAction.API_TOKEN_REFUSED;
		};
		this.trail.record(action, event.kind() != ApiTokenActivity.Kind.REFUSED,
				new AuditTrail.Target("api-token", event.tokenId(), event.tokenName()), event.detail());
	}

	@EventListener
	void periodClosed(PeriodClosed event) {
		this.trail.record(AuditAction.PERIOD_CLOSED, true,
				new AuditTrail.Target("okr-period", event.periodId(), event.name()), null);
	}

	@EventListener
	void canvasChanged(CanvasChanged event) {
		this.trail.record(AuditAction.CANVAS_CHANGED, true,
				new AuditTrail.Target("canvas", (long) event.version(), "version " + event.version()), event.why());
	}

	private AuditTrail.Target memberTarget(Long memberId) {
		return AuditTrail.Target.member(memberId, this.members.account(memberId).email());
	}

	private Optional<Long> memberIdOf(String email) {
		if (email == null || email.isBlank() || email.length() > LONGEST_EMAIL || Text.hasControlCharacters(email)) {
			return Optional.empty();
		}
		return this.members.findPrincipal(email).map(MemberPrincipal::id);
	}

}
