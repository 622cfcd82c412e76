package org.guildhall.member;

import org.guildhall.web.NotFoundException;

/**
 * No member has the id a URL names.
 */
class MemberNotFoundException extends NotFoundException {

	public MemberNotFoundException(Long id) {
		super("No member " + id);
	}

}
