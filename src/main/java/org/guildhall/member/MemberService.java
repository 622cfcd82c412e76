package org.guildhall.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.guildhall.web.CountedPages;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Text;
import org.guildhall.web.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory and profiles: who is in the community, and what they hold and want
 * to learn.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

	private static final int TOP_SKILLS_IN_DIRECTORY = 3;

	private final MemberRepository members;

	private final SkillRepository skills;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SignedInSessions sessions;

	private final ApplicationEventPublisher events;

	private final CountedPages pages;

	private final MemberRows rows;

	MemberService(MemberRepository members, SkillRepository skills, JdbcTemplate jdbc, Clock clock,
			SignedInSessions sessions, ApplicationEventPublisher events, CountedPages pages, MemberRows rows) {
		this.members = members;
		this.skills = skills;
		this.jdbc = jdbc;
		this.clock = clock;
		this.sessions = sessions;
		this.events = events;
		this.pages = pages;
		this.rows = rows;
	}

	/**
	 * A page of the directory in a fixed number of statements: the page, its count, and
	 * the skills of the members on it.
	 */
	public Page<DirectoryEntry> directory(DirectoryQuery query) {
		Page<Member> page = this.pages.page(this.members, Member.class, matching(query), query.pageable());
		List<Long> ids = page.map(Member::getId).getContent();
		Map<Long, String> skillNames = skillNames();
		Map<Long, List<SkillHolding>> holdings = ids.isEmpty() ? Map.of() : this.rows.holdings(ids)
			.stream()
			.collect(Collectors
				.groupingBy(MemberRows.Holding::memberId,
						Collectors.mapping((holding) -> new SkillHolding(holding.skillId(),
								skillNames.get(holding.skillId()), SkillLevel.of(holding.level())),
								Collectors.toList())));
		return page.map((member) -> new DirectoryEntry(member.getId(), member.getName(), member.getRole(),
				member.getCountry(), member.getBusinessUnit(), member.getJobRole(), member.getJoinedOn(),
				member.isCoreTeam(), member.isActive(),
				strongestFirst(holdings.getOrDefault(member.getId(), List.of())).stream()
					.limit(TOP_SKILLS_IN_DIRECTORY)
					.toList()));
	}

	public DirectoryFilters directoryFilters() {
		return new DirectoryFilters(this.members.findCountries(), this.members.findBusinessUnits(),
				this.members.findJobRoles(), this.skills.findAllByName());
	}

	public MemberProfile profile(Long id) {
		Member member = find(id);
		Map<Long, Skill> catalogue = this.skills.findAllById(skillIdsOf(member))
			.stream()
			.collect(Collectors.toMap(Skill::getId, Function.identity()));
		List<SkillHolding> held = strongestFirst(member.getSkills()
			.stream()
			.map((skill) -> new SkillHolding(skill.getSkillId(), catalogue.get(skill.getSkillId()).getName(),
					skill.getLevel()))
			.toList());
		List<Skill> learning = member.getLearningGoals()
			.stream()
			.map(catalogue::get)
			.sorted(Comparator.comparing(Skill::getName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new MemberProfile(member, held, learning);
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
		Set<Long> known = skillNames().keySet();
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

	private Map<Long, String> skillNames() {
		return this.skills.findAll().stream().collect(Collectors.toMap(Skill::getId, Skill::getName));
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

	private static Set<Long> skillIdsOf(Member member) {
		Set<Long> ids = new HashSet<>(member.getLearningGoals());
		member.getSkills().forEach((skill) -> ids.add(skill.getSkillId()));
		return ids;
	}

	private static List<SkillHolding> strongestFirst(List<SkillHolding> holdings) {
		List<SkillHolding> sorted = new ArrayList<>(holdings);
		sorted.sort(Comparator.comparing(SkillHolding::level)
			.reversed()
			.thenComparing(SkillHolding::skillName, String.CASE_INSENSITIVE_ORDER));
		return sorted;
	}

	private static Specification<Member> matching(DirectoryQuery query) {
		return (root, criteria, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (query.q() != null) {
				String pattern = "%" + Text.escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(builder.like(builder.lower(root.get("name")), pattern, '\\'));
			}
			if (query.country() != null) {
				predicates.add(builder.equal(root.get("country"), query.country()));
			}
			if (query.businessUnit() != null) {
				predicates.add(builder.equal(root.get("businessUnit"), query.businessUnit()));
			}
			if (query.jobRole() != null) {
				predicates.add(builder.equal(root.get("jobRole"), query.jobRole()));
			}
			switch (query.status()) {
				case ACTIVE -> predicates.add(builder.isTrue(root.get("active")));
				case DEACTIVATED -> predicates.add(builder.isFalse(root.get("active")));
				case ALL -> {
				}
			}
			if (query.skill() != null) {
				Subquery<Long> holders = criteria.subquery(Long.class);
				Root<Member> holder = holders.correlate(root);
				Join<Member, HeldSkill> held = holder.join("skills");
				holders.select(held.get("skillId"))
					.where(builder.equal(held.get("skillId"), query.skill()),
							builder.ge(held.get("level"), query.minLevel()));
				predicates.add(builder.exists(holders));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
