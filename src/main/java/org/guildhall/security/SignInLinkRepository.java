package org.guildhall.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SignInLinkRepository extends JpaRepository<SignInLink, Long> {

	Optional<SignInLink> findByTokenHash(String tokenHash);

	/** Locks the link so that two submissions of the same link cannot both use it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from SignInLink l where l.tokenHash = :tokenHash")
	Optional<SignInLink> lockByTokenHash(String tokenHash);

	@Query("select l from SignInLink l where l.memberId = :memberId and l.usedAt is null")
	List<SignInLink> findUnused(Long memberId);

}
