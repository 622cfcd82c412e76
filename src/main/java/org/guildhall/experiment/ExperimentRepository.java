package org.guildhall.experiment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	/** An experiment in a link: enough to name it and say where it stands. */
	interface Summary {

		Long getId();

		String getTitle();

		ExperimentStatus getStatus();

		Outcome getOutcome();

		Long getKeyResultId();

		Long getBacklogItemId();

	}

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e where e.keyResultId in :ids order by e.createdAt desc")
	List<Summary> findByKeyResults(Collection<Long> ids);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e where e.backlogItemId in :ids order by e.createdAt desc")
	List<Summary> findByBacklogItems(Collection<Long> ids);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e where e.parentId = :parentId order by e.createdAt")
	List<Summary> findFollowUps(Long parentId);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e where e.authorId = :memberId or :memberId member of e.coAuthorIds order by e.createdAt desc")
	List<Summary> findByContributor(Long memberId, Pageable limit);

	@Query("select count(e) from Experiment e where e.authorId = :memberId or :memberId member of e.coAuthorIds")
	long countByContributor(Long memberId);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e order by e.createdAt desc")
	List<Summary> findRecent(Pageable limit);

}
