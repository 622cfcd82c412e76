package org.guildhall.okr;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

	/** The objectives of some periods with their key results, in one statement. */
	@Query("select distinct o from Objective o join fetch o.period left join fetch o.keyResults where o.period.id in :periodIds order by o.id")
	List<Objective> findWithKeyResults(Collection<Long> periodIds);

	@Query("select o from Objective o join fetch o.period left join fetch o.keyResults where o.id = :id")
	Optional<Objective> findWithKeyResults(Long id);

}
