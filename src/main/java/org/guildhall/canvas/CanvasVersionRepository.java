package org.guildhall.canvas;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CanvasVersionRepository extends JpaRepository<CanvasVersion, Long> {

	@Query("select v from CanvasVersion v where v.number = (select max(w.number) from CanvasVersion w)")
	Optional<CanvasVersion> findCurrent();

	Optional<CanvasVersion> findByNumber(int number);

	/** Two leads saving at once: the second waits, then finds its base version stale. */
	@Modifying
	@Query(nativeQuery = true, value = "lock table canvas_versions in share row exclusive mode")
	void lockTable();

	@Query("select v from CanvasVersion v order by v.number desc")
	List<CanvasVersion> findAllNewestFirst();

}
