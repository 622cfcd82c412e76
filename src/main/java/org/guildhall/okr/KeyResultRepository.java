package org.guildhall.okr;

import java.util.Collection;
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

	/** A key result as other features name it: its objective's title and its own. */
	interface Label {

		Long getId();

		String getObjectiveTitle();

		String getTitle();

	}

	/**
	 * These key results' labels. A native query: Hibernate translates a query whose
	 * parameter is a list again at every execution (its plan cache leaves such queries
	 * out), a native one it does not.
	 */
	@Query(nativeQuery = true, value = """
			select k.id, o.title as objectiveTitle, k.title
			  from key_results k join objectives o on o.id = k.objective_id where k.id in (:ids)""")
	List<Label> findLabels(Collection<Long> ids);

}
