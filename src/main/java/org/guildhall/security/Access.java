package org.guildhall.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in person may do, as templates ask it ({@code @access.lead()}): their
 * role read from their authorities, the same roles the URL rules grant by. Cheaper than
 * evaluating a security expression for every link of every page.
 */
@Component("access")
public class Access {

	/** A CoP lead. */
	public boolean lead() {
		return has("ROLE_LEAD");
	}

	/** A lead or a member: someone who owns and does things, not a manager. */
	public boolean contributor() {
		return has("ROLE_LEAD") || has("ROLE_MEMBER");
	}

	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean has(String authority) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
