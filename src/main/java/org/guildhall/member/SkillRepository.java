package org.guildhall.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<Skill, Long> {

	/**
	 * The counts kept by the database as members' skills change
	 * (V16__skill_coverage.sql).
	 */
	String COVERAGE = """
			select s.id, s.name, s.description, coalesce(c.holders, 0) as holders,
			       coalesce(c.experts, 0) as experts, coalesce(c.learners, 0) as learners
			  from skills s left join skill_coverage c on c.skill_id = s.id
			""";

	@Query("select s from Skill s order by lower(s.name)")
	List<Skill> findAllByName();

	@Query("select count(s) > 0 from Skill s where lower(s.name) = lower(:name) and (:exceptId is null or s.id <> :exceptId)")
	boolean isNameTaken(String name, Long exceptId);

	@Query(nativeQuery = true, value = COVERAGE + " order by lower(s.name)")
	List<SkillCoverage> findCoverage();

	@Query(nativeQuery = true, value = COVERAGE + " where s.id = :skillId")
	Optional<SkillCoverage> findCoverageOf(Long skillId);

}
