package org.guildhall.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.guildhall.web.CountedPages;
import org.guildhall.web.Text;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory and profiles: who is in the community, and what they hold and want
 * to learn.
 */
@Service
@Transactional(readOnly = true)
class MemberDirectory {

	private static final int TOP_SKILLS_IN_DIRECTORY = 3;

	private final MemberRepository members;

	private final SkillRepository skills;

	private final CountedPages pages;

	private final MemberRows rows;

	MemberDirectory(MemberRepository members, SkillRepository skills, CountedPages pages, MemberRows rows) {
		this.members = members;
		this.skills = skills;
		this.pages = pages;
		this.rows = rows;
	}

	/**
	 * A page of the directory in a fixed number of statements: the page, its count, and
	 * the skills of the members on it.
	 */
	Page<DirectoryEntry> directory(DirectoryQuery query) {
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

	DirectoryFilters directoryFilters() {
		return new DirectoryFilters(this.members.findCountries(), this.members.findBusinessUnits(),
				this.members.findJobRoles(), this.skills.findAllByName());
	}

	MemberProfile profile(Long id) {
		Member member = this.members.findById(id).orElseThrow(() -> new MemberNotFoundException(id));
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

	private Map<Long, String> skillNames() {
		return this.skills.findAll().stream().collect(Collectors.toMap(Skill::getId, Skill::getName));
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
