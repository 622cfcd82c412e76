package org.guildhall.session;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.Duration;

import org.springframework.stereotype.Component;

/**
 * Sessions as iCalendar, for one download or a member's feed. Times are written in UTC,
 * so every calendar app shows them in its own owner's zone.
 */
@Component
class SessionCalendar {

	/**
	 * Writes the sessions as one calendar; {@code baseUrl} makes each session's link
	 * absolute.
	 */
	String write(String name, Collection<CommunitySession> sessions, String baseUrl, Instant now) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Guildhall//Community sessions//EN");
		calendar.setMethod(Method.publish());
		calendar.setName(name);
		for (CommunitySession session : sessions) {
			calendar.addEvent(event(session, baseUrl, now));
		}
		return Biweekly.write(calendar).go();
	}

	private static VEvent event(CommunitySession session, String baseUrl, Instant now) {
		VEvent event = new VEvent();
		String url = baseUrl + "/sessions/" + session.getId();
		event.setUid("session-" + session.getId() + "@guildhall");
		event.setDateTimeStamp(Date.from(now));
		event.setSequence(session.getVersion().intValue());
		event.setSummary(session.getTitle() + " (" + session.getFormat().label() + ")");
		event.setDateStart(Date.from(session.getStartsAt()), true);
		event.setDuration(Duration.builder().minutes(session.getDurationMinutes()).build());
		event.setUrl(url);
		if (session.getPlace() != null) {
			event.setLocation(session.getPlace());
		}
		else if (session.getOnlineLink() != null) {
			event.setLocation(session.getOnlineLink());
		}
		StringBuilder description = new StringBuilder();
		if (session.getDescription() != null) {
			description.append(session.getDescription()).append("\n\n");
		}
		if (session.getOnlineLink() != null) {
			description.append("Join: ").append(session.getOnlineLink()).append('\n');
		}
		description.append("Details and sign-up: ").append(url);
		event.setDescription(description.toString());
		event.setStatus(session.isCancelled() ? Status.cancelled() : Status.confirmed());
		return event;
	}

}
