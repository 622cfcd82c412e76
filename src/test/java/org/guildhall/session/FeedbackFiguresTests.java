package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.awaitility.Awaitility;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * NPS per format, month and facilitator, counted by PostgreSQL: what a new set of answers
 * adds to each.
 */
@GuildhallTest
class FeedbackFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	FeedbackFigures figures;

	@Test
	void answersCountOverallPerFormatPerMonthAndPerFacilitator() throws Exception {
		Instant start = Instant.now().minus(Duration.ofHours(5));
		YearMonth month = YearMonth.from(start.atZone(ZoneOffset.UTC));
		YearMonth since = month.minusMonths(11);
		this.figures.refresh();
		FeedbackFigures.Summary before = this.figures.summary(since);
		MemberPrincipal facilitator = principal("Figures Facilitator");
		CommunitySession session = this.sessions.plan("Figures workshop", start, facilitator.id());
		List<MemberPrincipal> attendees = List.of(principal("Figures One"), principal("Figures Two"),
				principal("Figures Three"));
		this.sessions.attended(session.getId(), attendees.stream().map(MemberPrincipal::id).toList());
		this.sessions.answered(session.getId(), attendees.get(0).id(), 10, null);
		this.sessions.answered(session.getId(), attendees.get(1).id(), 9, null);
		this.sessions.answered(session.getId(), attendees.get(2).id(), 0, null);
		this.figures.refresh();

		FeedbackFigures.Summary after = this.figures.summary(since);

		assertThat(after.overall().promoters() - before.overall().promoters()).isEqualTo(2);
		assertThat(after.overall().detractors() - before.overall().detractors()).isEqualTo(1);
		assertThat(answers(after.byFormat().get(SessionFormat.WORKSHOP))
				- answers(before.byFormat().get(SessionFormat.WORKSHOP)))
			.isEqualTo(3);
		assertThat(answers(after.byMonth().get(month)) - answers(before.byMonth().get(month))).isEqualTo(3);
		assertThat(this.figures.byFacilitator(since)).containsEntry(facilitator.id(), new Nps(2, 0, 1));

		Element row = Jsoup
			.parse(this.mvc.perform(get("/sessions/nps").with(user(this.members.manager())))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.select("#by-facilitator tr:contains(Figures Facilitator)")
			.first();
		assertThat(row).isNotNull();
		assertThat(row.text()).isEqualTo("Figures Facilitator +33 3");
	}

	@Test
	void withNoAnswersTheSummaryIsEmptyNotAnError() {
		FeedbackFigures.Summary summary = this.figures.summary(YearMonth.now(ZoneOffset.UTC).plusYears(10));

		assertThat(summary.overall()).isEqualTo(Nps.NONE);
		assertThat(summary.byFormat()).isEmpty();
		assertThat(summary.byMonth()).isEmpty();
	}

	@Test
	void feedbackGivenReachesTheNpsPageWithinSeconds() throws Exception {
		MemberPrincipal facilitator = principal("Prompt Facilitator");
		MemberPrincipal attendee = principal("Prompt Attendee");
		CommunitySession session = this.sessions.plan("Prompt workshop", Instant.now().minus(Duration.ofHours(3)),
				facilitator.id());
		this.sessions.attended(session.getId(), List.of(attendee.id()));

		this.mvc.perform(post("/sessions/{id}/feedback", session.getId()).param("score", "10")
			.with(user(attendee))
			.with(csrf()));

		YearMonth since = YearMonth.now(ZoneOffset.UTC).minusMonths(11);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.figures.byFacilitator(since)).containsEntry(facilitator.id(),
					new Nps(1, 0, 0)));
	}

	private static long answers(Nps nps) {
		return (nps != null) ? nps.answers() : 0;
	}

	private MemberPrincipal principal(String name) {
		return this.members.principal(this.members.create(name, Role.MEMBER).getEmail());
	}

}
