package org.guildhall.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.QueryParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sessions on a calendar: a month's page, and one session as an iCalendar download.
 */
@Controller
@RequestMapping("/sessions")
class SessionCalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final SessionService sessions;

	private final SessionCalendar calendar;

	private final CalendarMonths months;

	private final Clock clock;

	SessionCalendarController(SessionService sessions, SessionCalendar calendar, CalendarMonths months, Clock clock) {
		this.sessions = sessions;
		this.calendar = calendar;
		this.months = months;
		this.clock = clock;
	}

	/** A month of sessions laid out by the viewer's local dates, Monday first. */
	@GetMapping("/calendar")
	String showCalendar(@RequestParam(required = false) String month, @RequestParam(required = false) String day,
			@AuthenticationPrincipal MemberPrincipal viewer, Model model) {
		ZoneId zone = viewer.timeZone();
		LocalDate chosenDay = QueryParameters.date(day);
		YearMonth shown = parseMonth(month)
			.orElse((chosenDay != null) ? YearMonth.from(chosenDay) : YearMonth.now(this.clock.withZone(zone)));
		SessionCalendarMonth days = this.months.month(shown, zone);
		if (chosenDay != null && YearMonth.from(chosenDay).equals(shown)) {
			model.addAttribute("day", chosenDay);
			model.addAttribute("daySessions", this.months.day(chosenDay, zone));
		}
		model.addAttribute("month", shown);
		model.addAttribute("weeks", days.weeks());
		model.addAttribute("days", days);
		model.addAttribute("today", LocalDate.now(this.clock.withZone(zone)));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		return "session/calendar";
	}

	@GetMapping("/{id}/calendar.ics")
	ResponseEntity<String> downloadSession(@PathVariable Long id) {
		CommunitySession session = this.sessions.find(id);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String body = this.calendar.write(session.getTitle(), List.of(session), base, this.clock.instant());
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
			.body(body);
	}

	private static Optional<YearMonth> parseMonth(String month) {
		try {
			return Optional.ofNullable(month).map(String::strip).map(YearMonth::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
