package org.guildhall.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.guildhall.member.MemberAccount;
import org.guildhall.member.MemberAccessChanged;
import org.guildhall.member.Members;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Secrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links: how a member added by a lead gets a password of their own, without
 * anyone else ever knowing it, and how a lead helps someone who forgot theirs. A link
 * works once, for an active member; a first password may wait a week, a reset only a day.
 */
@Service
@Transactional(readOnly = true)
class SignInLinkService {

	static final Duration FIRST_PASSWORD_VALIDITY = Duration.ofDays(7);

	static final Duration RESET_VALIDITY = Duration.ofHours(24);

	private final SignInLinkRepository links;

	private final Members members;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInLinkService(SignInLinkRepository links, Members members, PasswordEncoder passwords, SignInThrottle throttle,
			AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.members = members;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** A new link for the member; it replaces any link they have not used yet. */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public IssuedLink issue(Long memberId) {
		MemberAccount member = this.members.account(memberId);
		if (!member.active()) {
			throw new RuleViolationException("member", "signInLink.deactivated");
		}
		Instant now = this.clock.instant();
		revokePending(memberId, now);
		String token = Secrets.newToken();
		Duration validity = member.hasPassword() ? RESET_VALIDITY : FIRST_PASSWORD_VALIDITY;
		SignInLink link = this.links.save(new SignInLink(memberId, Secrets.sha256(token), now.plus(validity)));
		this.events.publishEvent(new SignInLinkIssued(memberId, member.email(), link.getExpiresAt()));
		return new IssuedLink(member.name(), token, link.getExpiresAt());
	}

	/** The active member a usable link is for. */
	public Optional<MemberAccount> memberFor(String token) {
		return this.links.findByTokenHash(Secrets.sha256(token))
			.filter((link) -> link.isUsableAt(this.clock.instant()))
			.map((link) -> this.members.account(link.getMemberId()))
			.filter(MemberAccount::active);
	}

	/**
	 * Records that a link which no longer works was tried again, when it ever belonged to
	 * someone.
	 */
	@Transactional
	public void refuse(String token) {
		this.links.findByTokenHash(Secrets.sha256(token))
			.map((link) -> this.members.account(link.getMemberId()))
			.ifPresent((member) -> this.events.publishEvent(new SignInLinkUsed(member.id(), member.email(), false)));
	}

	/**
	 * Sets the password, once, and signs the member out everywhere else: answers how many
	 * sessions that ended, or empty when the link was used, replaced or has expired, or
	 * its member was deactivated.
	 */
	@Transactional
	public Optional<Integer> setPassword(String token, String password) {
		Optional<SignInLink> found = this.links.lockByTokenHash(Secrets.sha256(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SignInLink link = found.get();
		MemberAccount member = this.members.account(link.getMemberId());
		if (!link.isUsableAt(this.clock.instant()) || !member.active()) {
			this.events.publishEvent(new SignInLinkUsed(member.id(), member.email(), false));
			return Optional.empty();
		}
		link.use(this.clock.instant());
		this.members.changePasswordHash(member.id(), this.passwords.encode(password));
		this.throttle.reset(member.email());
		this.events.publishEvent(new SignInLinkUsed(member.id(), member.email(), true));
		return Optional.of(this.sessions.end(member.id(), SessionsEnded.Reason.PASSWORD_CHANGED));
	}

	/** A deactivated member's pending links stop working at once. */
	@EventListener
	@Transactional
	void revokeLinksOfDeactivated(MemberAccessChanged changed) {
		if (changed.change() == MemberAccessChanged.Change.ACTIVE && "false".equals(changed.after())) {
			revokePending(changed.memberId(), this.clock.instant());
		}
	}

	private void revokePending(Long memberId, Instant now) {
		this.links.findUnused(memberId).forEach((link) -> link.revoke(now));
	}

	/** A link just made: its token is shown once and never stored. */
	public record IssuedLink(String memberName, String token, Instant expiresAt) implements Serializable {
	}

}
