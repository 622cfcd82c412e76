package org.guildhall.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<Skill, Long> {

	String COVERAGE = """
			select s.id, s.name, s.description,
			       count(m.id) as holders,
			       count(m.id) filter (where ms.level >= 4) as experts,
			       (select count(*) from member_learning_goals g join members lm on lm.id = g.member_id
			         where g.skill_id = s.id and lm.active) as learners
			  from skills s
			  left join member_skills ms on ms.skill_id = s.id
			  left join members m on m.id = ms.member_id and m.active
			""";

	@Query("select s from Skill s order by lower(s.name)")
	List<Skill> findAllByName();

	@Query("select count(s) > 0 from Skill s where lower(s.name) = lower(:name) and (:exceptId is null or s.id <> :exceptId)")
	boolean isNameTaken(String name, Long exceptId);

	@Query(nativeQuery = true, value = COVERAGE + " group by s.id order by lower(s.name)")
	List<SkillCoverage> findCoverage();

	@Query(nativeQuery = true, value = COVERAGE + " where s.id = :skillId group by s.id")
	Optional<SkillCoverage> findCoverageOf(Long skillId);

}
