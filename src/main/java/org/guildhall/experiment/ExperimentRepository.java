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

	/**
	 * The experiments behind these key results, newest first. A native query: Hibernate
	 * translates a query whose parameter is a list again at every execution (its plan
	 * cache leaves such queries out), a native one it does not.
	 */
	@Query(nativeQuery = true, value = """
			select id, title, status, outcome, key_result_id as keyResultId, backlog_item_id as backlogItemId
			  from experiments where key_result_id in (:ids) order by created_at desc""")
	List<Summary> findByKeyResults(Collection<Long> ids);

	/** The experiments behind these backlog items, newest first (native, as above). */
	@Query(nativeQuery = true, value = """
			select id, title, status, outcome, key_result_id as keyResultId, backlog_item_id as backlogItemId
			  from experiments where backlog_item_id in (:ids) order by created_at desc""")
	List<Summary> findByBacklogItems(Collection<Long> ids);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e where e.parentId = :parentId order by e.createdAt")
	List<Summary> findFollowUps(Long parentId);

	/**
	 * The newest a member wrote or co-wrote: the newest of each kind through its own
	 * index, then merged, rather than an "or" that reads every experiment.
	 */
	@Query(nativeQuery = true, value = """
			select id, title, status, outcome, key_result_id as keyResultId, backlog_item_id as backlogItemId
			  from ((select e.id, e.title, e.status, e.outcome, e.key_result_id, e.backlog_item_id, e.created_at
			           from experiments e
			          where e.author_id = :memberId
			          order by e.created_at desc, e.id desc limit :newest)
			        union all
			        (select e.id, e.title, e.status, e.outcome, e.key_result_id, e.backlog_item_id, e.created_at
			           from experiment_co_authors c join experiments e on e.id = c.experiment_id
			          where c.member_id = :memberId and e.author_id <> :memberId
			          order by e.created_at desc, e.id desc limit :newest)) mine
			 order by created_at desc, id desc
			 limit :newest""")
	List<Summary> findByContributor(Long memberId, int newest);

	@Query(nativeQuery = true, value = """
			select (select count(*) from experiments where author_id = :memberId)
			     + (select count(*) from experiment_co_authors c join experiments e on e.id = c.experiment_id
			         where c.member_id = :memberId and e.author_id <> :memberId)""")
	long countByContributor(Long memberId);

	@Query("select e.id as id, e.title as title, e.status as status, e.outcome as outcome, e.keyResultId as keyResultId, e.backlogItemId as backlogItemId from Experiment e order by e.createdAt desc")
	List<Summary> findRecent(Pageable limit);

}
