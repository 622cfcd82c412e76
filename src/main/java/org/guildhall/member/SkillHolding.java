package org.guildhall.member;

/**
 * A skill someone holds, named, with its level.
 */
record SkillHolding(Long skillId, String skillName, SkillLevel level) {
}
