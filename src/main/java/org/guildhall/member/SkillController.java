package org.guildhall.member;

import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/skills")
class SkillController {

	private final SkillService skills;

	SkillController(SkillService skills) {
		this.skills = skills;
	}

	@GetMapping
	String listSkills(Model model) {
		model.addAttribute("coverage", this.skills.coverage());
		return "skill/list";
	}

	@GetMapping("/new")
	String newSkill(Model model) {
		model.addAttribute("skill", new SkillForm());
		return "skill/form";
	}

	@PostMapping("/new")
	String addSkill(@Validated @ModelAttribute("skill") SkillForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "skill/form";
		}
		try {
			Skill skill = this.skills.add(form);
			Flash.success(redirect, "flash.skill.added", skill.getName());
			return "redirect:/skills";
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "skill/form";
		}
	}

	@GetMapping("/{id}/edit")
	String editSkill(@PathVariable Long id, Model model) {
		model.addAttribute("skill", SkillForm.from(this.skills.find(id)));
		return "skill/form";
	}

	@PostMapping("/{id}/edit")
	String updateSkill(@PathVariable Long id, @Validated @ModelAttribute("skill") SkillForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "skill/form";
		}
		try {
			Skill skill = this.skills.update(id, form);
			Flash.success(redirect, "flash.skill.updated", skill.getName());
			return "redirect:/skills";
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return "skill/form";
		}
	}

}
