package org.guildhall.okr;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	/** Every check-in of these key results, oldest first. */
	java.util.Optional<CheckIn> findFirstByKeyResultIdOrderByRecordedAtDescIdDesc(Long keyResultId);

	@Query("select c from CheckIn c where c.keyResultId in :keyResultIds order by c.recordedAt, c.id")
	List<CheckIn> findHistory(Collection<Long> keyResultIds);

}
