package org.guildhall.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommunitySessionRepository
		extends JpaRepository<CommunitySession, Long>, JpaSpecificationExecutor<CommunitySession> {

	/** The session, locked, so that two last sign-ups cannot both take the last place. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CommunitySession s where s.id = :id")
	Optional<CommunitySession> findForUpdate(Long id);

	/**
	 * The sessions about these backlog items, latest first. A native query: Hibernate
	 * translates a query whose parameter is a list again at every execution (its plan
	 * cache leaves such queries out), a native one it does not.
	 */
	@Query(nativeQuery = true,
			value = "select * from community_sessions where backlog_item_id in (:ids) order by starts_at desc")
	List<CommunitySession> findByBacklogItems(Collection<Long> ids);

	/** The sessions about these key results, latest first (native, as above). */
	@Query(nativeQuery = true,
			value = "select * from community_sessions where key_result_id in (:ids) order by starts_at desc")
	List<CommunitySession> findByKeyResults(Collection<Long> ids);

	@Query("select s from CommunitySession s join s.signUpIds m where m = :memberId and s.startsAt >= :from order by s.startsAt, s.id")
	List<CommunitySession> findSignedUpSince(Long memberId, Instant from, Pageable limit);

	@Query("select s from CommunitySession s join s.facilitatorIds m where m = :memberId and s.startsAt >= :from order by s.startsAt, s.id")
	List<CommunitySession> findFacilitatedSince(Long memberId, Instant from, Pageable limit);

	/**
	 * Sessions the member attended since then, ended and not cancelled, that they have
	 * not scored.
	 */
	@Query("""
			select s from CommunitySession s join s.attendeeIds m
			where m = :memberId and s.startsAt >= :since and s.startsAt <= :now and s.cancelled = false
			  and not exists (select f.id from SessionFeedback f where f.sessionId = s.id and f.memberId = :memberId)
			order by s.startsAt desc""")
	List<CommunitySession> findAwaitingFeedback(Long memberId, Instant since, Instant now, Pageable limit);

	@Query("select count(s) from CommunitySession s join s.attendeeIds m where m = :memberId")
	long countAttendedBy(Long memberId);

	@Query("select s from CommunitySession s join s.attendeeIds m where m = :memberId order by s.startsAt desc")
	List<CommunitySession> findAttendedBy(Long memberId, Pageable limit);

}
