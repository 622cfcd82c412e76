package org.guildhall.member;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.guildhall.web.Viewer;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member: who acts, with which role, and in which time zone pages show
 * times.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Viewer {

	private final Long id;

	private final String email;

	private final String name;

	private final Role role;

	private final ZoneId timeZone;

	private final boolean active;

	private String passwordHash;

	MemberPrincipal(Member member) {
		this.id = member.getId();
		this.email = member.getEmail();
		this.name = member.getName();
		this.role = member.getRole();
		this.timeZone = ZoneId.of(member.getTimeZone());
		this.active = member.isActive();
		this.passwordHash = member.getPasswordHash();
	}

	public Long id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Role role() {
		return this.role;
	}

	public boolean isLead() {
		return this.role == Role.LEAD;
	}

	public boolean is(Long memberId) {
		return this.id.equals(memberId);
	}

	@Override
	public ZoneId timeZone() {
		return this.timeZone;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof MemberPrincipal principal) && this.id.equals(principal.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "MemberPrincipal[" + this.id + "]";
	}

}
