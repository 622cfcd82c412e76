package org.guildhall.member;

import java.util.List;

/**
 * The values the directory's filters offer: only those some member has.
 */
record DirectoryFilters(List<String> countries, List<String> businessUnits, List<String> jobRoles, List<Skill> skills) {
}
