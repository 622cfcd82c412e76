package org.guildhall.member;

import org.guildhall.web.NotFoundException;

/**
 * No skill has the id a URL names.
 */
public class SkillNotFoundException extends NotFoundException {

	public SkillNotFoundException(Long id) {
		super("No skill " + id);
	}

}
