package org.guildhall.survey;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

	@Query("select r from SurveyRound r where r.closedAt is null")
	Optional<SurveyRound> findOpen();

	Optional<SurveyRound> findFirstByOrderByOpenedAtDescIdDesc();

}
