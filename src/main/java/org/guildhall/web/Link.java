package org.guildhall.web;

/**
 * A link to something another feature owns, as pages list it: what it is called, where it
 * lives, and a short detail (a status, a date).
 */
public record Link(String label, String url, String detail) {
}
