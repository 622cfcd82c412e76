package org.guildhall.survey;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

	boolean existsByRoundIdAndMemberId(Long roundId, Long memberId);

	long countByRoundId(Long roundId);

	@Query("select a from SurveyAnswer a where a.roundId = :roundId and a.expectations is not null")
	Page<SurveyAnswer> findExpectations(Long roundId, Pageable pageable);

}
