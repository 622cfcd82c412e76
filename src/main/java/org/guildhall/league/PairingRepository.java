package org.guildhall.league;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PairingRepository extends JpaRepository<Pairing, Long>, JpaSpecificationExecutor<Pairing> {

	@Query("select count(p) from Pairing p where p.heroId = :heroId and p.status = org.guildhall.league.PairingStatus.ACTIVE")
	long countActiveAsHero(Long heroId);

	/** Open pairings first (asked for or active), then the newest. */
	@Query("""
			select p from Pairing p where (p.heroId = :memberId or p.sidekickId = :memberId)
			 order by case when p.status in (org.guildhall.league.PairingStatus.REQUESTED,
			                                 org.guildhall.league.PairingStatus.ACTIVE) then 0 else 1 end,
			          p.requestedAt desc, p.id desc""")
	List<Pairing> findInvolving(Long memberId, Limit limit);

	@Query("select count(p) > 0 from Pairing p where p.sidekickId = :sidekickId and p.heroId is null and p.status = org.guildhall.league.PairingStatus.REQUESTED")
	boolean isWaiting(Long sidekickId);

	@Query("""
			select count(p) > 0 from Pairing p where p.heroId = :heroId and p.sidekickId = :sidekickId
			   and p.status in (org.guildhall.league.PairingStatus.REQUESTED, org.guildhall.league.PairingStatus.ACTIVE)""")
	boolean isOpen(Long heroId, Long sidekickId);

	@Query("select count(p) from Pairing p where p.heroId = :memberId or p.sidekickId = :memberId")
	long countInvolving(Long memberId);

	@Query("select p from Pairing p where p.status = org.guildhall.league.PairingStatus.REQUESTED and p.heroId is null order by p.requestedAt, p.id")
	List<Pairing> findWaiting(Limit limit);

	@Query("select count(p) from Pairing p where p.status = org.guildhall.league.PairingStatus.REQUESTED and p.heroId is null")
	long countWaiting();

	@Query("select p from Pairing p where p.status = org.guildhall.league.PairingStatus.REQUESTED and p.heroId is not null order by p.requestedAt, p.id")
	List<Pairing> findAwaitingApproval(Limit limit);

	@Query("select count(p) from Pairing p where p.status = org.guildhall.league.PairingStatus.REQUESTED and p.heroId is not null")
	long countAwaitingApproval();

	/** Heroes the member had as a sidekick in completed pairings. */
	@Query("select distinct p.heroId from Pairing p where p.sidekickId = :memberId and p.status = org.guildhall.league.PairingStatus.COMPLETED")
	List<Long> findFormerHeroes(Long memberId);

	/**
	 * Hero and sidekick of every pairing that took place or runs, to avoid suggesting the
	 * same pair twice.
	 */
	@Query("select p from Pairing p where p.heroId in :heroIds and p.status <> org.guildhall.league.PairingStatus.DECLINED")
	List<Pairing> findPastAndPresentOf(Collection<Long> heroIds);

	@Modifying
	@Query(nativeQuery = true, value = """
			update pairings set overdue_since = :today
			where status = 'ACTIVE' and planned_end_on < :today and overdue_since is null""")
	int flagOverdue(LocalDate today);

}
