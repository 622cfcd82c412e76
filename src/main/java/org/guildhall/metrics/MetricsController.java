package org.guildhall.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.QueryParameters;

import org.springframework.data.domain.Page;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The metrics pages: headline numbers, a page per family with trend charts, and the
 * lead's roll-up controls.
 */
@Controller
@RequestMapping("/metrics")
class MetricsController {

	/** Days on one chart at most: three years by month. */
	private static final long LONGEST_RANGE = 3 * 366;

	/** Beyond this many days a daily chart is unreadable: weeks it is. */
	private static final long LONGEST_DAILY_RANGE = 92;

	private static final long DEFAULT_RANGE = 90;

	private final MetricsService metrics;

	private final RollUp rollUp;

	private final RollUpHistory history;

	private final OutcomeService outcomes;

	MetricsController(MetricsService metrics, RollUp rollUp, RollUpHistory history, OutcomeService outcomes) {
		this.metrics = metrics;
		this.rollUp = rollUp;
		this.history = history;
		this.outcomes = outcomes;
	}

	@GetMapping
	String showOverview(@RequestParam Map<String, String> parameters, Model model) {
		List<String> units = this.metrics.businessUnits();
		String unit = unit(parameters.get("unit"), units);
		Optional<LocalDate> lastDay = this.metrics.lastDayRolledUp();
		LocalDate asOf = lastDay.orElse(this.metrics.today());
		model.addAttribute("headlines", this.metrics.headlines(unit, asOf));
		model.addAttribute("families", MetricFamily.values());
		model.addAttribute("unit", unit);
		model.addAttribute("units", units);
		model.addAttribute("asOf", asOf);
		model.addAttribute("rolledUp", lastDay.isPresent());
		return "metrics/overview";
	}

	@GetMapping("/{family:collaboration|experiments|outcomes}")
	String showFamily(@PathVariable String family, @RequestParam Map<String, String> parameters, Model model) {
		MetricFamily shown = MetricFamily.fromSlug(family).orElseThrow();
		List<String> units = this.metrics.businessUnits();
		String unit = unit(parameters.get("unit"), units);
		LocalDate to = QueryParameters.date(parameters.get("to"));
		if (to == null) {
			to = this.metrics.lastDayRolledUp().orElse(this.metrics.today());
		}
		LocalDate from = QueryParameters.date(parameters.get("from"));
		if (from == null || from.isAfter(to)) {
			from = to.minusDays(DEFAULT_RANGE - 1);
		}
		if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE) {
			from = to.minusDays(LONGEST_RANGE - 1);
		}
		Bucket bucket = QueryParameters.constant(Bucket.class, parameters.get("bucket"));
		if (bucket == null) {
			bucket = Bucket.WEEK;
		}
		boolean tooLongForDays = bucket == Bucket.DAY && ChronoUnit.DAYS.between(from, to) >= LONGEST_DAILY_RANGE;
		if (tooLongForDays) {
			bucket = Bucket.WEEK;
		}
		model.addAttribute("family", shown);
		model.addAttribute("families", MetricFamily.values());
		model.addAttribute("series", this.metrics.daily(this.metrics.of(shown), unit, from, to).values());
		model.addAttribute("unit", unit);
		model.addAttribute("units", units);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("bucket", bucket);
		model.addAttribute("buckets", Bucket.values());
		model.addAttribute("tooLongForDays", tooLongForDays);
		model.addAttribute("zone", this.rollUp.zone());
		if (shown == MetricFamily.OUTCOMES) {
			OutcomeMeasure measure = QueryParameters.constant(OutcomeMeasure.class, parameters.get("measure"));
			Page<OutcomeService.Recorded> recorded = this.outcomes.recorded(measure,
					QueryParameters.page(parameters.get("page"), OutcomeService.PAGE_SIZE) - 1);
			model.addAttribute("recorded", recorded);
			model.addAttribute("pages", PageLinks.of(recorded));
			model.addAttribute("measure", measure);
			model.addAttribute("measures", OutcomeMeasure.values());
		}
		return "metrics/family";
	}

	@GetMapping("/roll-ups")
	String showRollUps(Model model) {
		if (!model.containsAttribute("backfill")) {
			LocalDate today = this.rollUp.today();
			model.addAttribute("backfill", BackfillForm.of(today.minusDays(30), today.minusDays(1)));
		}
		return rollUpsPage(model);
	}

	@PostMapping("/roll-ups")
	String runRollUp(@AuthenticationPrincipal MemberPrincipal lead, RedirectAttributes redirect) {
		report(this.rollUp.catchUp(RollUpTrigger.LEAD, lead.id(), true), redirect);
		return "redirect:/metrics/roll-ups";
	}

	@PostMapping("/roll-ups/backfill")
	String backfill(@Validated @ModelAttribute("backfill") BackfillForm form, BindingResult result,
			@AuthenticationPrincipal MemberPrincipal lead, Model model, RedirectAttributes redirect) {
		form.check(this.rollUp.today(), result);
		if (result.hasErrors()) {
			return rollUpsPage(model);
		}
		report(this.rollUp.backfill(form.getFrom(), form.getTo(), lead.id()), redirect);
		return "redirect:/metrics/roll-ups";
	}

	private String rollUpsPage(Model model) {
		model.addAttribute("runs", this.history.recent());
		model.addAttribute("lastDay", this.metrics.lastDayRolledUp().orElse(null));
		model.addAttribute("zone", this.rollUp.zone());
		return "metrics/roll-ups";
	}

	private static void report(Optional<RollUp.Run> run, RedirectAttributes redirect) {
		run.ifPresentOrElse((done) -> Flash.success(redirect, "flash.metrics.rolledUp", done.days(), done.firstDay(),
				done.lastDay(), done.took().toMillis()), () -> Flash.warning(redirect, "flash.metrics.busy"));
	}

	/**
	 * A business unit members belong to, or null (the whole community) for anything else.
	 */
	private static String unit(String requested, List<String> units) {
		String unit = QueryParameters.text(requested, 80);
		return (unit != null && units.contains(unit)) ? unit : null;
	}

}
