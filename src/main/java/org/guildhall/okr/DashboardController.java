package org.guildhall.okr;

import java.time.LocalDate;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.metrics.MetricsService;
import org.guildhall.web.QueryParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/okrs")
class DashboardController {

	private final OkrDashboard dashboard;

	private final OkrPeriods periods;

	private final Objectives objectives;

	private final MetricsService metrics;

	DashboardController(OkrDashboard dashboard, OkrPeriods periods, Objectives objectives, MetricsService metrics) {
		this.dashboard = dashboard;
		this.periods = periods;
		this.objectives = objectives;
		this.metrics = metrics;
	}

	@GetMapping("/dashboard")
	String showDashboard(@RequestParam(required = false) String period, Model model) {
		this.dashboard.of(QueryParameters.id(period))
			.ifPresent((dashboard) -> model.addAttribute("dashboard", dashboard));
		LocalDate asOf = this.metrics.lastDayRolledUp().orElse(this.metrics.today());
		model.addAttribute("community", this.metrics.headlines(null, asOf));
		model.addAttribute("communityAsOf", asOf);
		model.addAttribute("staleAfterDays", KeyResult.STALE_AFTER.toDays());
		return "okr/dashboard";
	}

	@GetMapping("/export/{periodId}/{table:objectives|key-results|check-ins}.csv")
	void exportCsv(@PathVariable Long periodId, @PathVariable String table, HttpServletResponse response)
			throws IOException {
		OkrPeriod period = this.periods.period(periodId);
		var objectives = this.objectives.export(period);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("guildhall-" + period.getName().replaceAll("[^A-Za-z0-9]+", "-") + "-" + table + ".csv")
					.build()
					.toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		switch (table) {
			case "objectives" -> OkrCsv.objectives(period, objectives, out);
			case "key-results" -> OkrCsv.keyResults(period, objectives, out);
			default -> OkrCsv.checkIns(period, objectives, out);
		}
	}

}
