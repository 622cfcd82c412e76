package org.guildhall.member;

import java.util.List;
import java.util.UUID;

import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill counts PostgreSQL keeps as members' skills change stay equal to a count of
 * the rows themselves, whatever changed: a skill held, raised, dropped, a learning goal,
 * a member leaving, coming back or deleted.
 */
@GuildhallTest
class SkillCoverageTests {

	/** The skills whose kept counts differ from a count of the rows, in one snapshot. */
	private static final String DIFFERENCES = """
			select s.id from skills s left join skill_coverage c on c.skill_id = s.id
			 where (coalesce(c.holders, 0), coalesce(c.experts, 0), coalesce(c.learners, 0)) is distinct from (
			       (select count(*) from member_skills ms join members m on m.id = ms.member_id
			         where ms.skill_id = s.id and m.active),
			       (select count(*) from member_skills ms join members m on m.id = ms.member_id
			         where ms.skill_id = s.id and ms.level >= 4 and m.active),
			       (select count(*) from member_learning_goals g join members m on m.id = g.member_id
			         where g.skill_id = s.id and m.active))""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MemberFixtures members;

	@Autowired
	SkillService skills;

	@Test
	void theKeptCountsEqualARecountAfterEveryKindOfChange() {
		Long skill = this.jdbc.queryForObject("insert into skills (name) values (?) returning id", Long.class,
				"Coverage " + UUID.randomUUID().toString().substring(0, 8));
		Member ana = this.members.create("Ana Coverage", Role.MEMBER);
		Member ben = this.members.create("Ben Coverage", Role.MEMBER);
		assertThat(coverageOf(skill)).containsExactly(0L, 0L, 0L);

		this.jdbc.update("insert into member_skills (member_id, skill_id, level) values (?, ?, 3), (?, ?, 5)",
				ana.getId(), skill, ben.getId(), skill);
		this.jdbc.update("insert into member_learning_goals (member_id, skill_id) values (?, ?)", ana.getId(), skill);
		assertThat(coverageOf(skill)).containsExactly(2L, 1L, 1L);
		assertKeptEqualsRecount();

		this.jdbc.update("update member_skills set level = 4 where member_id = ? and skill_id = ?", ana.getId(), skill);
		assertThat(coverageOf(skill)).containsExactly(2L, 2L, 1L);

		this.jdbc.update("update members set active = false where id = ?", ana.getId());
		assertThat(coverageOf(skill)).as("a member who left counts for nothing").containsExactly(1L, 1L, 0L);
		this.jdbc.update("update member_skills set level = 2 where member_id = ? and skill_id = ?", ana.getId(), skill);
		assertThat(coverageOf(skill)).containsExactly(1L, 1L, 0L);

		this.jdbc.update("update members set active = true where id = ?", ana.getId());
		assertThat(coverageOf(skill)).as("back, with the level set meanwhile").containsExactly(2L, 1L, 1L);
		assertKeptEqualsRecount();

		this.jdbc.update("delete from member_learning_goals where member_id = ?", ana.getId());
		this.jdbc.update("delete from members where id = ?", ben.getId());
		assertThat(coverageOf(skill)).as("a deleted member's skills leave with them").containsExactly(1L, 0L, 0L);

		this.jdbc.update("update members set active = false where id = ?", ana.getId());
		this.jdbc.update("delete from members where id = ?", ana.getId());
		assertThat(coverageOf(skill)).as("a former member deleted takes nothing off twice").containsExactly(0L, 0L, 0L);
		assertKeptEqualsRecount();
	}

	private List<Long> coverageOf(Long skill) {
		SkillCoverage coverage = this.skills.coverageOf(skill).orElseThrow();
		return List.of(coverage.getHolders(), coverage.getExperts(), coverage.getLearners());
	}

	private void assertKeptEqualsRecount() {
		assertThat(this.jdbc.queryForObject("select count(*) from skills", Long.class)).isPositive();
		assertThat(this.jdbc.queryForList(DIFFERENCES, Long.class)).isEmpty();
	}

}
