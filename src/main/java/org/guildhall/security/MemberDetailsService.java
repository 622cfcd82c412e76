package org.guildhall.security;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs members in by email. A member who has not set a password yet, or who was
 * deactivated, cannot sign in, and looks like an email nobody has. A hash made with
 * weaker settings than today's is replaced at sign-in.
 */
@Component
class MemberDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final Members members;

	MemberDetailsService(Members members) {
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.members.findPrincipal(email)
			.filter((principal) -> principal.getPassword() != null && principal.isEnabled())
			.orElseThrow(() -> new UsernameNotFoundException("No account may sign in as this email"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		MemberPrincipal member = (MemberPrincipal) user;
		this.members.changePasswordHash(member.id(), newPasswordHash);
		return this.members.principal(member.id());
	}

}
