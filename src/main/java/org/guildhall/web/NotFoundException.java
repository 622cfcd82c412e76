package org.guildhall.web;

/**
 * Something a URL names does not exist; rendered as the 404 page.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
