package org.guildhall.share;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeShareRepository
		extends JpaRepository<KnowledgeShare, Long>, JpaSpecificationExecutor<KnowledgeShare> {

	@Query("select s from KnowledgeShare s where s.authorId = :memberId or :memberId member of s.peopleIds order by s.sharedOn desc, s.id desc")
	List<KnowledgeShare> findByPerson(Long memberId, Pageable limit);

	@Query("select count(s) from KnowledgeShare s where s.authorId = :memberId or :memberId member of s.peopleIds")
	long countByPerson(Long memberId);

}
