package org.guildhall.security;

import org.guildhall.member.MemberService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs members in by email. A member who has not set a password yet cannot sign in.
 */
@Component
class MemberDetailsService implements UserDetailsService {

	private final MemberService members;

	MemberDetailsService(MemberService members) {
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.members.findPrincipal(email)
			.filter((principal) -> principal.getPassword() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account may sign in as this email"));
	}

}
