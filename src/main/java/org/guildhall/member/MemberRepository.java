package org.guildhall.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

	@Query("select new org.guildhall.member.MemberCard(m.id, m.name, m.timeZone, m.businessUnit, m.coreTeam) from Member m where m.coreTeam = true and m.active = true and m.role <> org.guildhall.member.Role.MANAGER order by m.name, m.id")
	List<MemberCard> findCoreTeam();

	@Query("select new org.guildhall.member.MemberName(m.id, m.name) from Member m where m.active = true and m.role <> org.guildhall.member.Role.MANAGER order by m.name, m.id")
	List<MemberName> findContributors();

	@Query("select count(m) from Member m where m.id in :ids and m.active = true and m.role <> org.guildhall.member.Role.MANAGER")
	long countContributors(Collection<Long> ids);

	@Query("select m from Member m where lower(m.email) = lower(:email)")
	Optional<Member> findByEmail(String email);

	@Query("select count(m) > 0 from Member m where lower(m.email) = lower(:email) and (:exceptId is null or m.id <> :exceptId)")
	boolean isEmailTaken(String email, Long exceptId);

	@Query("select count(m) > 0 from Member m where m.passwordHash is not null")
	boolean anyAccountExists();

	@Query("select count(m) from Member m where m.role = org.guildhall.member.Role.LEAD and m.active = true and m.id <> :exceptId")
	long countOtherActiveLeads(Long exceptId);

	/**
	 * The countries the directory's filter offers (and, below, business units and job
	 * roles), read with a loose index scan: one index probe per distinct value instead of
	 * reading every member, as a plain DISTINCT did on every page view.
	 */
	@Query(nativeQuery = true, value = """
			with recursive found(value) as (
			    (select country from members order by country limit 1)
			    union all
			    select (select m.country from members m where m.country > found.value order by m.country limit 1)
			      from found where found.value is not null)
			select value from found where value is not null
			""")
	List<String> findCountries();

	@Query(nativeQuery = true, value = """
			with recursive found(value) as (
			    (select business_unit from members where business_unit is not null order by business_unit limit 1)
			    union all
			    select (select m.business_unit from members m where m.business_unit > found.value
			             order by m.business_unit limit 1)
			      from found where found.value is not null)
			select value from found where value is not null
			""")
	List<String> findBusinessUnits();

	@Query(nativeQuery = true, value = """
			with recursive found(value) as (
			    (select job_role from members where job_role is not null order by job_role limit 1)
			    union all
			    select (select m.job_role from members m where m.job_role > found.value order by m.job_role limit 1)
			      from found where found.value is not null)
			select value from found where value is not null
			""")
	List<String> findJobRoles();

}
