package org.guildhall.session;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoreTeamLeaveRepository extends JpaRepository<CoreTeamLeave, Long> {

	@Query("select l from CoreTeamLeave l where l.endsOn >= :from order by l.startsOn, l.id")
	List<CoreTeamLeave> findEndingOnOrAfter(LocalDate from);

}
