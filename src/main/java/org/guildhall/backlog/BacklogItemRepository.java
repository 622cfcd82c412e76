package org.guildhall.backlog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BacklogItemRepository extends JpaRepository<BacklogItem, Long>, JpaSpecificationExecutor<BacklogItem> {

	/** How many items each status holds: the board's column counts. */
	interface StatusCount {

		BacklogStatus getStatus();

		long getItems();

	}

	@Query(nativeQuery = true,
			value = "select * from backlog_items where status in (:statuses) order by priority_rank, id")
	List<BacklogItem> findOpen(Collection<String> statuses);

	@Query("select coalesce(max(i.priorityRank), 0) from BacklogItem i")
	int findLowestRank();

	@Query("select i from BacklogItem i where i.status = :status order by i.priorityRank, i.id")
	List<BacklogItem> findTopOfColumn(BacklogStatus status, Pageable limit);

	/**
	 * How many items each status of the board holds, each counted only up to the stop: an
	 * index read of at most that many entries per column rather than a scan of the whole
	 * backlog.
	 */
	@Query(nativeQuery = true, value = """
			select s.status, (select count(*) from (select 1 from backlog_items i where i.status = s.status
			                                         limit :stop) counted) as items
			  from unnest(cast(:statuses as varchar[])) s(status)""")
	List<StatusCount> countByStatus(String[] statuses, int stop);

	/** The item just above (or below) in the lead's order. */
	@Query("select i from BacklogItem i where (i.priorityRank < :rank or (i.priorityRank = :rank and i.id < :id)) order by i.priorityRank desc, i.id desc")
	List<BacklogItem> findAbove(int rank, Long id, Pageable one);

	@Query("select i from BacklogItem i where (i.priorityRank > :rank or (i.priorityRank = :rank and i.id > :id)) order by i.priorityRank, i.id")
	List<BacklogItem> findBelow(int rank, Long id, Pageable one);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into backlog_votes (backlog_item_id, member_id, voted_at) values (:itemId, :memberId, now()) on conflict do nothing")
	int addVote(Long itemId, Long memberId);

	@Modifying
	@Query(nativeQuery = true,
			value = "delete from backlog_votes where backlog_item_id = :itemId and member_id = :memberId")
	int removeVote(Long itemId, Long memberId);

	@Modifying
	@Query(nativeQuery = true, value = "update backlog_items set vote_count = vote_count + :change where id = :itemId")
	void countVote(Long itemId, int change);

	@Query(nativeQuery = true,
			value = "select backlog_item_id from backlog_votes where member_id = :memberId and backlog_item_id in :itemIds")
	List<Long> findVotedBy(Long memberId, Collection<Long> itemIds);

	/**
	 * These items. A native query: Hibernate translates a query whose parameter is a list
	 * again at every execution (its plan cache leaves such queries out), a native one it
	 * does not.
	 */
	@Query(nativeQuery = true, value = "select * from backlog_items where id in (:ids)")
	List<BacklogItem> findByIds(Collection<Long> ids);

}
