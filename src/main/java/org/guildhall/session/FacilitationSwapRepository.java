package org.guildhall.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FacilitationSwapRepository extends JpaRepository<FacilitationSwap, Long> {

	@Query("select w from FacilitationSwap w where w.status = org.guildhall.session.SwapStatus.PROPOSED and (w.toMemberId = :memberId or w.fromMemberId = :memberId) order by w.proposedAt")
	List<FacilitationSwap> findOpenInvolving(Long memberId);

	@Query("select w from FacilitationSwap w where w.sessionId = :sessionId order by w.proposedAt desc")
	List<FacilitationSwap> findBySession(Long sessionId);

}
