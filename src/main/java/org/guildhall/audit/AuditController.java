package org.guildhall.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for leads: newest first, filtered by who, what and when, and exported
 * as CSV with the same filters.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String showAuditTrail(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal lead,
			Model model) {
		AuditQuery query = AuditQuery.from(parameters);
		Page<AuditEntry> page = this.trail.find(query, lead.timeZone());
		model.addAttribute("query", query);
		model.addAttribute("entries", page.getContent());
		model.addAttribute("pages", PageLinks.of(page));
		model.addAttribute("actions", List.of(AuditAction.values()));
		return "audit/list";
	}

	@GetMapping("/export")
	void exportAuditTrail(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal lead,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("guildhall-audit.csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		this.trail.export(AuditQuery.from(parameters), lead.timeZone(), response.getWriter());
	}

}
