package org.guildhall.security;

/**
 * Something happened to an API token that the audit trail keeps: it was created, used for
 * the first time, revoked, or refused a request. {@code tokenId} is null for a secret
 * that matches no token.
 */
public record ApiTokenActivity(Long tokenId, String tokenName, Kind kind, String detail) {

	/** What happened. */
	public enum Kind {

		CREATED, FIRST_USED, REVOKED, REFUSED

	}

}
