package org.guildhall.okr;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BusinessGoalRepository extends JpaRepository<BusinessGoal, Long> {

	@Query("select g from BusinessGoal g order by lower(g.name)")
	List<BusinessGoal> findAllByName();

	@Query("select count(g) > 0 from BusinessGoal g where lower(g.name) = lower(:name) and (:exceptId is null or g.id <> :exceptId)")
	boolean isNameTaken(String name, Long exceptId);

}
