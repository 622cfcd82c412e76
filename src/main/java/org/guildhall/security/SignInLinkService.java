package org.guildhall.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.guildhall.member.Member;
import org.guildhall.member.MemberService;
import org.guildhall.web.RuleViolationException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links: how a member added by a lead gets a password of their own, without
 * anyone else ever knowing it, and how a lead helps someone who forgot theirs.
 */
@Service
@Transactional(readOnly = true)
public class SignInLinkService {

	static final Duration VALIDITY = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SignInLinkRepository links;

	private final MemberService members;

	private final PasswordEncoder passwords;

	private final Clock clock;

	SignInLinkService(SignInLinkRepository links, MemberService members, PasswordEncoder passwords, Clock clock) {
		this.links = links;
		this.members = members;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** A new link for the member; it replaces any link they have not used yet. */
	@Transactional
	public IssuedLink issue(Long memberId) {
		Member member = this.members.find(memberId);
		if (!member.isActive()) {
			throw new RuleViolationException("member", "signInLink.deactivated");
		}
		Instant now = this.clock.instant();
		this.links.findUnused(memberId).forEach((link) -> link.revoke(now));
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		SignInLink link = this.links.save(new SignInLink(memberId, hash(token), now.plus(VALIDITY)));
		return new IssuedLink(member.getName(), token, link.getExpiresAt());
	}

	/** The member a usable link is for. */
	public Optional<Member> memberFor(String token) {
		return usable(token).map((link) -> this.members.find(link.getMemberId()));
	}

	/** Sets the password, once; false when the link was used, replaced or has expired. */
	@Transactional
	public boolean setPassword(String token, String password) {
		Optional<SignInLink> usable = this.links.lockByTokenHash(hash(token))
			.filter((link) -> link.isUsableAt(this.clock.instant()));
		usable.ifPresent((link) -> {
			link.use(this.clock.instant());
			this.members.changePasswordHash(link.getMemberId(), this.passwords.encode(password));
		});
		return usable.isPresent();
	}

	private Optional<SignInLink> usable(String token) {
		return this.links.findByTokenHash(hash(token)).filter((link) -> link.isUsableAt(this.clock.instant()));
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A link just made: its token is shown once and never stored. */
	public record IssuedLink(String memberName, String token, Instant expiresAt) {
	}

}
