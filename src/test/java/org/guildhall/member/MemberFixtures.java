package org.guildhall.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates members for tests through the same service the pages use, each with a unique
 * email so that tests sharing one database never collide.
 */
@Component
public class MemberFixtures {

	private final MemberService members;

	private final Members api;

	private final SkillService skills;

	private final SkillRepository skillRepository;

	private final MemberRepository repository;

	private final TransactionTemplate transaction;

	private final PasswordEncoder passwords;

	MemberFixtures(MemberService members, Members api, SkillService skills, SkillRepository skillRepository,
			MemberRepository repository, TransactionTemplate transaction, PasswordEncoder passwords) {
		this.api = api;
		this.skillRepository = skillRepository;
		this.passwords = passwords;
		this.members = members;
		this.skills = skills;
		this.repository = repository;
		this.transaction = transaction;
	}

	public Member create(String name, Role role) {
		return create(name, role, "ES", "Europe/Madrid", "Testing Unit " + UUID.randomUUID(), "Developer");
	}

	public Member create(String name, Role role, String country, String timeZone, String businessUnit, String jobRole) {
		return create(name, role, country, timeZone, businessUnit, jobRole, false);
	}

	/** A member of the core team, who shares facilitation, in this time zone. */
	public Member createCoreTeam(String name, String timeZone) {
		return create(name, Role.MEMBER, "ES", timeZone, "Core Unit " + UUID.randomUUID(), "SRE engineer", true);
	}

	private Member create(String name, Role role, String country, String timeZone, String businessUnit, String jobRole,
			boolean coreTeam) {
		String email = "test-" + UUID.randomUUID() + "@guildhall.test";
		MemberForm form = MemberForm.blank(LocalDate.of(2025, 1, 15));
		form.setName(name);
		form.setEmail(email);
		form.setCountry(country);
		form.setTimeZone(timeZone);
		form.setBusinessUnit(businessUnit);
		form.setJobRole(jobRole);
		form.setRole(role);
		form.setCoreTeam(coreTeam);
		return asLead(() -> this.members.add(form));
	}

	/** Replaces the member's skills: skill name to level. */
	public void giveSkills(Member member, Map<String, Integer> levels) {
		Map<String, Long> ids = this.skillRepository.findAllByName()
			.stream()
			.collect(Collectors.toMap(Skill::getName, Skill::getId));
		Map<Long, SkillLevel> held = new HashMap<>();
		levels.forEach((name, level) -> held.put(ids.get(name), SkillLevel.of(level)));
		this.transaction.executeWithoutResult((status) -> {
			Member managed = this.repository.findById(member.getId()).orElseThrow();
			managed.reviseSkills(held, Set.of());
		});
	}

	/** A new member who can sign in with this password. */
	public Member createWithPassword(String name, String password) {
		return withPassword(create(name, Role.MEMBER), password);
	}

	/** A member who can sign in with this password. */
	public Member withPassword(Member member, String password) {
		this.api.changePasswordHash(member.getId(), this.passwords.encode(password));
		return this.members.find(member.getId());
	}

	public Member find(Long id) {
		return this.members.find(id);
	}

	public void deactivate(Member member) {
		this.transaction
			.executeWithoutResult((status) -> this.repository.findById(member.getId()).orElseThrow().deactivate());
	}

	public Skill createSkill(String name) {
		SkillForm form = new SkillForm();
		form.setName(name);
		return asLead(() -> this.skills.add(form));
	}

	public Long skillId(String name) {
		return this.skillRepository.findAllByName()
			.stream()
			.filter((skill) -> skill.getName().equals(name))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	public MemberPrincipal principal(String email) {
		return this.api.findPrincipal(email).orElseThrow();
	}

	public MemberPrincipal lead() {
		return principal(DemoPeople.LEAD);
	}

	/** Runs what only a lead may do, as the demo lead. */
	public <T> T asLead(Supplier<T> work) {
		return ActingAs.member(lead(), work);
	}

	public MemberPrincipal member() {
		return principal(DemoPeople.MEMBER);
	}

	public MemberPrincipal manager() {
		return principal(DemoPeople.MANAGER);
	}

}
