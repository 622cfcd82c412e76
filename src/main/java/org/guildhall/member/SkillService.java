package org.guildhall.member;

import java.util.List;

import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills catalogue, and how well the community covers each skill.
 */
@Service
@Transactional(readOnly = true)
public class SkillService {

	private final SkillRepository skills;

	SkillService(SkillRepository skills) {
		this.skills = skills;
	}

	List<SkillRepository.Coverage> coverage() {
		return this.skills.findCoverage();
	}

	public Skill find(Long id) {
		return this.skills.findById(id).orElseThrow(() -> new SkillNotFoundException(id));
	}

	@Transactional
	public Skill add(SkillForm form) {
		requireFreeName(form.getName(), null);
		return this.skills.saveAndFlush(new Skill(form.getName(), form.getDescription()));
	}

	@Transactional
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
