package org.guildhall.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

	/**
	 * One skill held by one member, for showing a page of members without a query each.
	 */
	interface Holding {

		Long getMemberId();

		Long getSkillId();

		int getLevel();

	}

	@Query("select m from Member m where lower(m.email) = lower(:email)")
	Optional<Member> findByEmail(String email);

	@Query("select count(m) > 0 from Member m where lower(m.email) = lower(:email) and (:exceptId is null or m.id <> :exceptId)")
	boolean isEmailTaken(String email, Long exceptId);

	@Query("select count(m) > 0 from Member m where m.passwordHash is not null")
	boolean anyAccountExists();

	@Query("select count(m) from Member m where m.role = org.guildhall.member.Role.LEAD and m.active = true and m.id <> :exceptId")
	long countOtherActiveLeads(Long exceptId);

	@Query("select m.id as memberId, s.skillId as skillId, s.level as level from Member m join m.skills s where m.id in :memberIds")
	List<Holding> findHoldings(Collection<Long> memberIds);

	@Query("select distinct m.country from Member m")
	List<String> findCountries();

	@Query("select distinct m.businessUnit from Member m where m.businessUnit is not null order by m.businessUnit")
	List<String> findBusinessUnits();

	@Query("select distinct m.jobRole from Member m where m.jobRole is not null order by m.jobRole")
	List<String> findJobRoles();

}
