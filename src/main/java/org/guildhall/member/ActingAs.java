package org.guildhall.member;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a member outside any request, such as the demo data loading at start-up:
 * service methods that check the signed-in member's role then see this one.
 */
public final class ActingAs {

	private ActingAs() {
	}

	public static <T> T member(MemberPrincipal member, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	public static void member(MemberPrincipal member, Runnable work) {
		member(member, () -> {
			work.run();
			return null;
		});
	}

}
