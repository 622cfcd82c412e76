package org.guildhall.league;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A skill the sidekick wants to grow in a pairing, from the level they hold (0: not yet)
 * to the level they aim for.
 */
@Embeddable
class PairingGoal {

	@Column(name = "skill_id", nullable = false)
	private Long skillId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "from_level", nullable = false)
	private int fromLevel;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "to_level", nullable = false)
	private int toLevel;

	protected PairingGoal() {
	}

	public PairingGoal(Long skillId, int fromLevel, int toLevel) {
		if (fromLevel < 0 || toLevel > 5 || toLevel <= fromLevel) {
			throw new IllegalArgumentException("A goal grows a skill from a level to a higher one, up to 5");
		}
		this.skillId = skillId;
		this.fromLevel = fromLevel;
		this.toLevel = toLevel;
	}

	public Long getSkillId() {
		return this.skillId;
	}

	public int getFromLevel() {
		return this.fromLevel;
	}

	public int getToLevel() {
		return this.toLevel;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PairingGoal goal && Objects.equals(this.skillId, goal.skillId);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.skillId);
	}

}
