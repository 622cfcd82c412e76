package org.guildhall.member;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and editing members: their details, their skills and learning goals, and whether
 * they are active; changes of access end the member's other sessions.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

	private final MemberRepository members;

	private final SkillRepository skills;

	private final SignedInSessions sessions;

	private final ApplicationEventPublisher events;

	MemberService(MemberRepository members, SkillRepository skills, SignedInSessions sessions,
			ApplicationEventPublisher events) {
		this.members = members;
		this.skills = skills;
		this.sessions = sessions;
		this.events = events;
	}

	/**
	 * Refuses before anything else is looked at: unknown ids are 404, others' profiles
	 * 403.
	 */
	Member requireMayEdit(MemberPrincipal actor, Long id) {
		Member member = find(id);
		if (!actor.isLead() && !actor.is(member.getId())) {
			throw new AccessDeniedException("Only a lead may edit another member");
		}
		return member;
	}

	MemberForm editForm(MemberPrincipal actor, Long id) {
		return MemberForm.from(requireMayEdit(actor, id));
	}

	SkillsForm skillsForm(MemberPrincipal actor, Long id) {
		Member member = requireMayEdit(actor, id);
		Map<Long, SkillLevel> held = member.getSkills()
			.stream()
			.collect(Collectors.toMap(HeldSkill::getSkillId, HeldSkill::getLevel));
		List<SkillsForm.Row> rows = this.skills.findAllByName()
			.stream()
			.map((skill) -> new SkillsForm.Row(skill.getId(), skill.getName(),
					Optional.ofNullable(held.get(skill.getId())).map(SkillLevel::value).orElse(null),
					member.getLearningGoals().contains(skill.getId())))
			.toList();
		return new SkillsForm(member.getVersion(), rows);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Member add(MemberForm form) {
		requireFreeEmail(form.getEmail(), null);
		Member member = new Member(form.getName(), form.getEmail(), form.getRole(), form.getCountry(),
				form.getTimeZone(), form.getJoinedOn());
		describe(member, form);
		member.assign(form.getRole(), form.isCoreTeam(), form.getJoinedOn());
		return this.members.saveAndFlush(member);
	}

	/**
	 * Saves a member's details: a member their own, a lead anyone's (and then also role,
	 * core team and joined date). A new role or core-team flag ends the member's other
	 * sessions, so that nobody keeps rights they no longer have.
	 */
	@Transactional
	public Saved update(MemberPrincipal actor, Long id, MemberForm form) {
		Member member = currentVersionFor(actor, id, form.getVersion());
		requireFreeEmail(form.getEmail(), id);
		describe(member, form);
		Role roleBefore = member.getRole();
		boolean coreTeamBefore = member.isCoreTeam();
		if (actor.isLead()) {
			if (member.getRole() == Role.LEAD && form.getRole() != Role.LEAD && member.isActive()
					&& this.members.countOtherActiveLeads(id) == 0) {
				throw new RuleViolationException("role", "member.role.lastLead");
			}
			member.assign(form.getRole(), form.isCoreTeam(), form.getJoinedOn());
		}
		Member saved = this.members.saveAndFlush(member);
		boolean accessChanged = false;
		if (roleBefore != saved.getRole()) {
			accessChanged(saved, MemberAccessChanged.Change.ROLE, roleBefore.name(), saved.getRole().name());
			accessChanged = true;
		}
		if (coreTeamBefore != saved.isCoreTeam()) {
			accessChanged(saved, MemberAccessChanged.Change.CORE_TEAM, String.valueOf(coreTeamBefore),
					String.valueOf(saved.isCoreTeam()));
			accessChanged = true;
		}
		return new Saved(saved, accessChanged ? this.sessions.endSessionsOf(id) : 0);
	}

	/** A member just saved, and how many of their sessions that ended. */
	public record Saved(Member member, int sessionsEnded) {
	}

	@Transactional
	public void updateSkills(MemberPrincipal actor, Long id, SkillsForm form) {
		Member member = currentVersionFor(actor, id, form.getVersion());
		Set<Long> known = this.skills.findAll().stream().map(Skill::getId).collect(Collectors.toSet());
		Map<Long, SkillLevel> held = new HashMap<>();
		Set<Long> wanted = new HashSet<>();
		for (SkillsForm.Row row : form.getRows()) {
			if (!known.contains(row.getSkillId())) {
				throw new SkillNotFoundException(row.getSkillId());
			}
			if (row.getLevel() != null) {
				held.put(row.getSkillId(), SkillLevel.of(row.getLevel()));
			}
			if (row.isLearning()) {
				wanted.add(row.getSkillId());
			}
		}
		member.reviseSkills(held, wanted);
		this.members.saveAndFlush(member);
	}

	/**
	 * Deactivates a member and ends every session they are signed in with; answers how
	 * many.
	 */
	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public int deactivate(MemberPrincipal actor, Long id) {
		Member member = find(id);
		if (actor.is(id)) {
			throw new RuleViolationException("active", "member.deactivate.self");
		}
		if (!member.isActive()) {
			return 0;
		}
		member.deactivate();
		accessChanged(member, MemberAccessChanged.Change.ACTIVE, "true", "false");
		return this.sessions.endSessionsOf(id);
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public void reactivate(Long id) {
		Member member = find(id);
		if (!member.isActive()) {
			member.reactivate();
			accessChanged(member, MemberAccessChanged.Change.ACTIVE, "false", "true");
		}
	}

	private void accessChanged(Member member, MemberAccessChanged.Change change, String before, String after) {
		this.events.publishEvent(new MemberAccessChanged(member.getId(), member.getEmail(), change, before, after));
	}

	Member find(Long id) {
		return this.members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
	}

	/**
	 * The member an edit form was for, provided the actor may edit it and nobody saved
	 * since.
	 */
	private Member currentVersionFor(MemberPrincipal actor, Long id, Long submittedVersion) {
		Member member = requireMayEdit(actor, id);
		Versions.requireCurrent(Member.class, id, member.getVersion(), submittedVersion);
		return member;
	}

	private static void describe(Member member, MemberForm form) {
		member.describe(form.getName(), form.getEmail(), form.getCountry(), form.getTimeZone(), form.getBusinessUnit(),
				form.getJobRole());
	}

	private void requireFreeEmail(String email, Long exceptId) {
		if (this.members.isEmailTaken(email.strip(), exceptId)) {
			throw new RuleViolationException("email", "member.email.taken");
		}
	}

}
