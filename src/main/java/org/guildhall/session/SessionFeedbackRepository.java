package org.guildhall.session;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionFeedbackRepository extends JpaRepository<SessionFeedback, Long> {

	Optional<SessionFeedback> findBySessionIdAndMemberId(Long sessionId, Long memberId);

	long countBySessionId(Long sessionId);

}
