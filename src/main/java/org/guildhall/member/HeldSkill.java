package org.guildhall.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A skill a member holds, at a level from 1 (novice) to 5 (expert).
 */
@Embeddable
class HeldSkill {

	@Column(name = "skill_id", nullable = false)
	private Long skillId;

	@Column(name = "level", nullable = false)
	private short level;

	protected HeldSkill() {
	}

	public HeldSkill(Long skillId, SkillLevel level) {
		this.skillId = skillId;
		this.level = (short) level.value();
	}

	public Long getSkillId() {
		return this.skillId;
	}

	public SkillLevel getLevel() {
		return SkillLevel.of(this.level);
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof HeldSkill held) && this.skillId.equals(held.skillId) && this.level == held.level;
	}

	@Override
	public int hashCode() {
		return this.skillId.hashCode() * 31 + this.level;
	}

}
