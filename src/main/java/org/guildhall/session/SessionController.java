package org.guildhall.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.SkillService;
import org.guildhall.metrics.MetricsSettings;
import org.guildhall.web.Flash;
import org.guildhall.web.PageLinks;
import org.guildhall.web.Pickers;
import org.guildhall.web.QueryParameters;
import org.guildhall.web.RuleViolationException;

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

@Controller
@RequestMapping("/sessions")
class SessionController {

	private final SessionService sessions;

	private final SessionPages pages;

	private final RotationService rotation;

	private final FacilitationSwaps swaps;

	private final FeedbackService feedback;

	private final SkillService skills;

	private final Clock clock;

	private final ZoneId metricsZone;

	SessionController(SessionService sessions, SessionPages pages, RotationService rotation, FacilitationSwaps swaps,
			FeedbackService feedback, SkillService skills, Clock clock, MetricsSettings metrics) {
		this.sessions = sessions;
		this.pages = pages;
		this.rotation = rotation;
		this.swaps = swaps;
		this.feedback = feedback;
		this.skills = skills;
		this.clock = clock;
		this.metricsZone = metrics.timeZone();
	}

	@GetMapping
	String listSessions(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal MemberPrincipal viewer,
			Model model) {
		SessionPages.When when = "past".equals(parameters.get("when")) ? SessionPages.When.PAST
				: SessionPages.When.UPCOMING;
		SessionFormat format = QueryParameters.constant(SessionFormat.class, parameters.get("format"));
		boolean mine = "true".equals(parameters.get("mine"));
		int page = QueryParameters.page(parameters.get("page"), SessionPages.PAGE_SIZE);
		// Past sessions by the days the metrics count them in, so a metric's total opens
		// its sessions.
		LocalDate from = (when == SessionPages.When.PAST) ? QueryParameters.date(parameters.get("from")) : null;
		LocalDate to = (when == SessionPages.When.PAST) ? QueryParameters.date(parameters.get("to")) : null;
		Page<SessionPages.SessionRow> rows = this.pages.page(when, format, mine ? viewer.id() : null,
				(from != null) ? from.atStartOfDay(this.metricsZone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(this.metricsZone).toInstant() : null, viewer.id(), page);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pages", PageLinks.of(rows));
		model.addAttribute("past", when == SessionPages.When.PAST);
		model.addAttribute("format", format);
		model.addAttribute("mine", mine);
		model.addAttribute("filtered", format != null || mine || from != null || to != null);
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("swaps", this.swaps.openSwapsOf(viewer.id()));
		model.addAttribute("awaitingFeedback", this.pages.awaitingFeedback(viewer.id()));
		return "session/list";
	}

	@GetMapping("/new")
	String newSession(@RequestParam(required = false) String backlogItem,
			@RequestParam(required = false) String keyResult, @AuthenticationPrincipal MemberPrincipal lead,
			Model model) {
		model.addAttribute("session", SessionForm.blank(LocalDate.now(this.clock).plusWeeks(1), lead.timeZone().getId(),
				QueryParameters.id(backlogItem), QueryParameters.id(keyResult)));
		return sessionForm(model);
	}

	@PostMapping("/new")
	String planSession(@Validated @ModelAttribute("session") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "session", form) || result.hasErrors()) {
			return sessionForm(model);
		}
		try {
			CommunitySession session = this.sessions.plan(form);
			Flash.success(redirect, "flash.session.planned", session.getTitle());
			return "redirect:/sessions/" + session.getId();
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return sessionForm(model);
		}
	}

	@GetMapping("/{id}")
	String showSession(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		SessionPages.SessionView view = this.pages.view(id, viewer);
		CommunitySession session = view.session();
		model.addAttribute("view", view);
		model.addAttribute("s", session);
		Instant now = this.clock.instant();
		model.addAttribute("now", now);
		model.addAttribute("may", SessionActions.of(session, viewer, now));
		model.addAttribute("suggestion", this.rotation.suggestionFor(session).orElse(null));
		model.addAttribute("swaps", this.swaps.swapsOf(id));
		boolean coreTeam = this.rotation.isCoreTeam(viewer.id());
		model.addAttribute("viewerInCoreTeam", coreTeam);
		model.addAttribute("coreTeam",
				(session.isFacilitatedBy(viewer.id()) || viewer.isLead()) ? this.rotation.coreTeam() : List.of());
		model.addAttribute("answer",
				session.attended(viewer.id()) ? this.feedback.answerOf(viewer.id(), id).orElse(null) : null);
		return "session/detail";
	}

	@GetMapping("/{id}/edit")
	String editSession(@PathVariable Long id, Model model) {
		model.addAttribute("session", this.sessions.editForm(id));
		return sessionForm(model);
	}

	@PostMapping("/{id}/edit")
	String updateSession(@PathVariable Long id, @Validated @ModelAttribute("session") SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Pickers.searchStep(model, "session", form) || result.hasErrors()) {
			// The service answers 404 for an unknown session; a form it never sees alike.
			this.sessions.find(id);
			return sessionForm(model);
		}
		try {
			CommunitySession session = this.sessions.update(id, form);
			Flash.success(redirect, "flash.session.updated", session.getTitle());
			return "redirect:/sessions/" + id;
		}
		catch (RuleViolationException ex) {
			ex.rejectIn(result);
			return sessionForm(model);
		}
	}

	@PostMapping("/{id}/cancel")
	String cancelSession(@PathVariable Long id, RedirectAttributes redirect) {
		return act(id, redirect, "flash.session.cancelled", () -> this.sessions.cancel(id));
	}

	@PostMapping("/{id}/sign-up")
	String signUp(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		return act(id, redirect, "flash.session.signedUp", () -> this.sessions.signUp(member, id));
	}

	@PostMapping("/{id}/sign-off")
	String signOff(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal member,
			RedirectAttributes redirect) {
		return act(id, redirect, "flash.session.signedOff", () -> this.sessions.signOff(member, id));
	}

	@GetMapping("/{id}/attendance")
	String showAttendance(@PathVariable Long id, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		try {
			CommunitySession session = this.sessions.attendanceOf(actor, id);
			AttendanceForm form = new AttendanceForm();
			form.setAttendeeIds(new ArrayList<>(
					session.getAttendanceRecordedAt() != null ? session.getAttendeeIds() : session.getSignUpIds()));
			model.addAttribute("attendance", form);
			return attendanceForm(session, model);
		}
		catch (SessionRuleException ex) {
			Flash.warning(redirect, ex.code());
			return "redirect:/sessions/" + id;
		}
	}

	@PostMapping("/{id}/attendance")
	String recordAttendance(@PathVariable Long id, @Validated @ModelAttribute("attendance") AttendanceForm form,
			BindingResult result, @AuthenticationPrincipal MemberPrincipal actor, Model model,
			RedirectAttributes redirect) {
		try {
			if (Pickers.searchStep(model, "attendance", form) || result.hasErrors()) {
				return attendanceForm(this.sessions.attendanceOf(actor, id), model);
			}
			List<Long> attendees = new ArrayList<>(form.getAttendeeIds());
			attendees.addAll(form.getOthers());
			this.sessions.recordAttendance(actor, id, attendees);
			Flash.success(redirect, "flash.session.attendance", attendees.stream().distinct().count());
			return "redirect:/sessions/" + id;
		}
		catch (SessionRuleException ex) {
			Flash.warning(redirect, ex.code());
			return "redirect:/sessions/" + id;
		}
		catch (RuleViolationException ex) {
			result.rejectValue("others", ex.code());
			return attendanceForm(this.sessions.attendanceOf(actor, id), model);
		}
	}

	private String attendanceForm(CommunitySession session, Model model) {
		model.addAttribute("s", session);
		model.addAttribute("candidates", this.sessions.attendanceCandidates(session));
		return "session/attendance";
	}

	private String sessionForm(Model model) {
		model.addAttribute("formats", SessionFormat.values());
		model.addAttribute("skills", this.skills.catalogue());
		return "session/form";
	}

	private static String act(Long id, RedirectAttributes redirect, String success, Runnable action) {
		Flash.attempt(redirect, success, action);
		return "redirect:/sessions/" + id;
	}

}
