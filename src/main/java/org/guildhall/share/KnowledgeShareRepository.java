package org.guildhall.share;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeShareRepository
		extends JpaRepository<KnowledgeShare, Long>, JpaSpecificationExecutor<KnowledgeShare> {

	/**
	 * The newest a member wrote or took part in: each kind through its own index, then
	 * merged, rather than an "or" that reads every share.
	 */
	@Query(nativeQuery = true,
			value = """
					select * from ((select s.* from knowledge_shares s where s.author_id = :memberId
					                 order by s.shared_on desc, s.id desc limit :newest)
					               union all
					               (select s.* from knowledge_share_people p join knowledge_shares s on s.id = p.knowledge_share_id
					                 where p.member_id = :memberId and s.author_id <> :memberId
					                 order by s.shared_on desc, s.id desc limit :newest)) mine
					 order by shared_on desc, id desc
					 limit :newest""")
	List<KnowledgeShare> findByPerson(Long memberId, int newest);

	@Query(nativeQuery = true, value = """
			select (select count(*) from knowledge_shares where author_id = :memberId)
			     + (select count(*) from knowledge_share_people p join knowledge_shares s on s.id = p.knowledge_share_id
			         where p.member_id = :memberId and s.author_id <> :memberId)""")
	long countByPerson(Long memberId);

}
