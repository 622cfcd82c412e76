package org.guildhall.member;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the member directory, with the member's strongest skills.
 */
record DirectoryEntry(Long id, String name, Role role, String country, String businessUnit, String jobRole,
		LocalDate joinedOn, boolean coreTeam, boolean active, List<SkillHolding> topSkills) {
}
