package org.guildhall.league;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PairingCheckInRepository extends JpaRepository<PairingCheckIn, Long> {

	List<PairingCheckIn> findByPairingIdOrderByMetOnDescIdDesc(Long pairingId);

	long countByPairingId(Long pairingId);

}
