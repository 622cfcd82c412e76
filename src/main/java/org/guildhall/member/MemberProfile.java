package org.guildhall.member;

import java.util.List;

/**
 * A member with the names of the skills they hold (strongest first) and want to learn.
 */
record MemberProfile(Member member, List<SkillHolding> skills, List<Skill> learning) {
}
