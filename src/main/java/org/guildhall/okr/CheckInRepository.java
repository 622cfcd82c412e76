package org.guildhall.okr;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	/** Every check-in of these key results, oldest first. */
	java.util.Optional<CheckIn> findFirstByKeyResultIdOrderByRecordedAtDescIdDesc(Long keyResultId);

	/**
	 * The check-ins of these key results, oldest first. A native query: Hibernate
	 * translates a query whose parameter is a list again at every execution (its plan
	 * cache leaves such queries out), a native one it does not.
	 */
	@Query(nativeQuery = true,
			value = "select * from check_ins where key_result_id in (:keyResultIds) order by recorded_at, id")
	List<CheckIn> findHistory(Collection<Long> keyResultIds);

}
