package org.guildhall.security;

/** The system behind an API request: the token it sent, by id and name. */
public record ApiClient(Long tokenId, String name) {
}
