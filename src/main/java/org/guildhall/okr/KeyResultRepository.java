package org.guildhall.okr;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KeyResultRepository extends JpaRepository<KeyResult, Long> {

	@Query("select k from KeyResult k join fetch k.objective o join fetch o.period where k.id = :id")
	Optional<KeyResult> findWithPeriod(Long id);

	@Query("select k from KeyResult k join fetch k.objective o join fetch o.period p where p.closedAt is null order by p.startsOn desc, o.id, k.position")
	List<KeyResult> findChoices();

	@Query("select k from KeyResult k join fetch k.objective o join fetch o.period p where p.closedAt is null and k.source = :source")
	List<KeyResult> findOpenBySource(KeyResultSource source);

}
