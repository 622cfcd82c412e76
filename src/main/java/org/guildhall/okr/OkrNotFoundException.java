package org.guildhall.okr;

import org.guildhall.web.NotFoundException;

/**
 * No objective, key result, period or business goal has the id a URL names.
 */
class OkrNotFoundException extends NotFoundException {

	public OkrNotFoundException(String what, Long id) {
		super("No " + what + " " + id);
	}

}
