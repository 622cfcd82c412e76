package org.guildhall.session;

import java.time.Clock;

import org.guildhall.member.MemberPrincipal;
import org.guildhall.web.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A member's personal calendar feed: the page that gives its address, and the feed that
 * calendar apps poll with the secret in the URL instead of a sign-in.
 */
@Controller
class CalendarFeedController {

	/** The most sessions one feed carries. */
	private static final int FEED_LIMIT = 500;

	private final CalendarFeedService feeds;

	private final SessionPages sessions;

	private final SessionCalendar calendar;

	private final Clock clock;

	CalendarFeedController(CalendarFeedService feeds, SessionPages sessions, SessionCalendar calendar, Clock clock) {
		this.feeds = feeds;
		this.sessions = sessions;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The address is shown only right after it is made: Guildhall keeps no copy. */
	@GetMapping("/sessions/calendar-feed")
	String showFeed(@AuthenticationPrincipal MemberPrincipal member, Model model) {
		model.addAttribute("feedCreatedAt", this.feeds.createdAt(member.id()).orElse(null));
		return "session/feed";
	}

	@PostMapping("/sessions/calendar-feed/reset")
	String resetFeed(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feedUrl(this.feeds.reset(member.id())));
		return "redirect:/sessions/calendar-feed";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		Long memberId = this.feeds.memberOf(token).orElseThrow(FeedNotFoundException::new);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String body = this.calendar.write("Guildhall sessions", this.sessions.calendarOf(memberId, FEED_LIMIT), base,
				this.clock.instant());
		return ResponseEntity.ok().contentType(SessionCalendarController.CALENDAR).body(body);
	}

	private static String feedUrl(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/calendar/{token}.ics")
			.buildAndExpand(token)
			.toUriString();
	}

	/** No feed has the token a URL names (or it was reset). */
	static class FeedNotFoundException extends NotFoundException {

		FeedNotFoundException() {
			super("No calendar feed with that address");
		}

	}

}
