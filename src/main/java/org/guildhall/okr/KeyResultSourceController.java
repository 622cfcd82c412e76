package org.guildhall.okr;

import org.guildhall.metrics.Aggregation;
import org.guildhall.metrics.MetricsService;
import org.guildhall.web.Flash;
import org.guildhall.web.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A lead choosing where a key result's value comes from. */
@Controller
class KeyResultSourceController {

	private final MetricFollowing following;

	private final MetricsService metrics;

	KeyResultSourceController(MetricFollowing following, MetricsService metrics) {
		this.following = following;
		this.metrics = metrics;
	}

	@GetMapping("/okrs/key-results/{id}/source")
	String editSource(@PathVariable Long id, Model model) {
		KeyResult keyResult = this.following.keyResult(id);
		model.addAttribute("source", SourceForm.from(keyResult));
		return sourceForm(keyResult, model);
	}

	@PostMapping("/okrs/key-results/{id}/source")
	String updateSource(@PathVariable Long id, @ModelAttribute("source") SourceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		KeyResult keyResult = this.following.keyResult(id);
		if (!result.hasErrors()) {
			try {
				this.following.follow(id, form);
				if (form.isFollowMetric()) {
					Flash.success(redirect, "flash.okr.source.metric",
							this.metrics.find(form.getMetricKey()).orElseThrow().name());
				}
				else {
					Flash.success(redirect, "flash.okr.source.manual");
				}
				return "redirect:/okrs/" + keyResult.getObjective().getId() + "#kr-" + id;
			}
			catch (RuleViolationException ex) {
				ex.rejectIn(result);
			}
		}
		return sourceForm(keyResult, model);
	}

	private String sourceForm(KeyResult keyResult, Model model) {
		model.addAttribute("keyResult", keyResult);
		model.addAttribute("catalogue", this.metrics.catalogue());
		model.addAttribute("units", this.metrics.businessUnits());
		model.addAttribute("aggregations", Aggregation.values());
		return "okr/source";
	}

}
