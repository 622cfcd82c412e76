package org.guildhall.league;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A pairing asked for: the hero (none to join the waiting list), the sidekick, up to
 * three skills with the level to reach, how long, and how they will meet.
 */
class PairingForm {

	/** Rows the form offers for goals; empty ones are ignored. */
	static final int GOAL_ROWS = 3;

	private Long heroId;

	private Long sidekickId;

	@Valid
	@Size(max = GOAL_ROWS)
	private List<GoalLine> goals = new ArrayList<>();

	@NotNull
	@Min(1)
	@Max(52)
	private Integer weeks = Pairing.DEFAULT_WEEKS;

	@Size(max = 1000)
	private String agreement;

	static PairingForm blank(Long heroId, Long sidekickId, List<GoalLine> goals) {
		PairingForm form = new PairingForm();
		form.heroId = heroId;
		form.sidekickId = sidekickId;
		form.goals = new ArrayList<>(goals);
		form.fillGoalRows();
		return form;
	}

	/** Empty rows up to three, so that the form always offers them. */
	void fillGoalRows() {
		while (this.goals.size() < GOAL_ROWS) {
			this.goals.add(new GoalLine());
		}
	}

	List<GoalLine> chosenGoals() {
		return this.goals.stream().filter((goal) -> goal.getSkillId() != null).toList();
	}

	/** One skill to grow and the level to reach. */
	public static class GoalLine {

		private Long skillId;

		@Min(1)
		@Max(5)
		private Integer toLevel;

		GoalLine() {
		}

		GoalLine(Long skillId, Integer toLevel) {
			this.skillId = skillId;
			this.toLevel = toLevel;
		}

		public Long getSkillId() {
			return this.skillId;
		}

		public void setSkillId(Long skillId) {
			this.skillId = skillId;
		}

		public Integer getToLevel() {
			return this.toLevel;
		}

		public void setToLevel(Integer toLevel) {
			this.toLevel = toLevel;
		}

	}

	public Long getHeroId() {
		return this.heroId;
	}

	public void setHeroId(Long heroId) {
		this.heroId = heroId;
	}

	public Long getSidekickId() {
		return this.sidekickId;
	}

	public void setSidekickId(Long sidekickId) {
		this.sidekickId = sidekickId;
	}

	public List<GoalLine> getGoals() {
		return this.goals;
	}

	public void setGoals(List<GoalLine> goals) {
		this.goals = (goals != null) ? goals : new ArrayList<>();
	}

	public Integer getWeeks() {
		return this.weeks;
	}

	public void setWeeks(Integer weeks) {
		this.weeks = weeks;
	}

	public String getAgreement() {
		return this.agreement;
	}

	public void setAgreement(String agreement) {
		this.agreement = agreement;
	}

}
