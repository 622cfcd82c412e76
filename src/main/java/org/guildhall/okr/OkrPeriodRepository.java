package org.guildhall.okr;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OkrPeriodRepository extends JpaRepository<OkrPeriod, Long> {

	@Query("select p from OkrPeriod p order by p.startsOn desc")
	List<OkrPeriod> findAllNewestFirst();

	@Query("select count(p) > 0 from OkrPeriod p where p.startsOn <= :endsOn and p.endsOn >= :startsOn and (:exceptId is null or p.id <> :exceptId)")
	boolean overlaps(LocalDate startsOn, LocalDate endsOn, Long exceptId);

	@Query("select count(p) > 0 from OkrPeriod p where lower(p.name) = lower(:name) and (:exceptId is null or p.id <> :exceptId)")
	boolean isNameTaken(String name, Long exceptId);

}
