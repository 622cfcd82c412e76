package org.guildhall.member;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<Skill, Long> {

	/**
	 * How many active members hold a skill, hold it at level 4 or 5, and want to learn
	 * it.
	 */
	interface Coverage {

		Long getId();

		String getName();

		String getDescription();

		long getHolders();

		long getExperts();

		long getLearners();

	}

	@Query("select s from Skill s order by lower(s.name)")
	List<Skill> findAllByName();

	@Query("select count(s) > 0 from Skill s where lower(s.name) = lower(:name) and (:exceptId is null or s.id <> :exceptId)")
	boolean isNameTaken(String name, Long exceptId);

	@Query(nativeQuery = true, value = """
			select s.id, s.name, s.description,
			       count(m.id) as holders,
			       count(m.id) filter (where ms.level >= 4) as experts,
			       (select count(*) from member_learning_goals g join members lm on lm.id = g.member_id
			         where g.skill_id = s.id and lm.active) as learners
			  from skills s
			  left join member_skills ms on ms.skill_id = s.id
			  left join members m on m.id = ms.member_id and m.active
			 group by s.id
			 order by lower(s.name)
			""")
	List<Coverage> findCoverage();

}
