package org.guildhall.okr;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KeyResultRepository extends JpaRepository<KeyResult, Long> {

	@Query("select k from KeyResult k join fetch k.objective o join fetch o.period where k.id = :id")
	Optional<KeyResult> findWithPeriod(Long id);

}
