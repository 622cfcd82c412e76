package org.guildhall.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills catalogue, and how well the community covers each skill.
 */
@Service
@Transactional(readOnly = true)
public class SkillService {

	private final SkillRepository skills;

	/** The one message for a skill a form names that is not in the catalogue. */
	static final String UNKNOWN = "skill.unknown";

	SkillService(SkillRepository skills) {
		this.skills = skills;
	}

	public List<Skill> catalogue() {
		return this.skills.findAllByName();
	}

	/** The names of these skills, by id, in one statement. */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.skills.findAllById(ids).stream().collect(Collectors.toMap(Skill::getId, Skill::getName));
	}

	/**
	 * How many active members hold a skill at level 4 or 5, and how many want to learn
	 * it.
	 */
	/**
	 * Refuses, next to the field, skills that are not in the catalogue: the check every
	 * module makes of the skills a form names.
	 */
	public void requireKnown(String field, Collection<Long> ids) {
		if (!namesOf(ids).keySet().containsAll(ids)) {
			throw new RuleViolationException(field, UNKNOWN);
		}
	}

	public Optional<SkillCoverage> coverageOf(Long skillId) {
		return this.skills.findCoverageOf(skillId);
	}

	List<SkillCoverage> coverage() {
		return this.skills.findCoverage();
	}

	public Skill find(Long id) {
		return this.skills.findById(id).orElseThrow(() -> new SkillNotFoundException(id));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Skill add(SkillForm form) {
		requireFreeName(form.getName(), null);
		return this.skills.saveAndFlush(new Skill(form.getName(), form.getDescription()));
	}

	@Transactional
	@PreAuthorize("hasRole('LEAD')")
	public Skill update(Long id, SkillForm form) {
		Skill skill = find(id);
		Versions.requireCurrent(Skill.class, id, skill.getVersion(), form.getVersion());
		requireFreeName(form.getName(), id);
		skill.describe(form.getName(), form.getDescription());
		return this.skills.saveAndFlush(skill);
	}

	private void requireFreeName(String name, Long exceptId) {
		if (this.skills.isNameTaken(name.strip(), exceptId)) {
			throw new RuleViolationException("name", "skill.name.taken");
		}
	}

}
