package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
		Instant since = Instant.now().minus(Duration.ofDays(365));
		Instant start = Instant.now().minus(Duration.ofHours(5));
		YearMonth month = YearMonth.from(start.atZone(ZoneOffset.UTC));
		FeedbackFigures.Summary before = this.figures.summary(since);
		MemberPrincipal facilitator = principal("Figures Facilitator");
		CommunitySession session = this.sessions.plan("Figures workshop", start, facilitator.id());
		List<MemberPrincipal> attendees = List.of(principal("Figures One"), principal("Figures Two"),
				principal("Figures Three"));
		this.sessions.attended(session.getId(), attendees.stream().map(MemberPrincipal::id).toList());
		this.sessions.answered(session.getId(), attendees.get(0).id(), 10, null);
		this.sessions.answered(session.getId(), attendees.get(1).id(), 9, null);
		this.sessions.answered(session.getId(), attendees.get(2).id(), 0, null);

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
		FeedbackFigures.Summary summary = this.figures.summary(Instant.now().plus(Duration.ofDays(3650)));

		assertThat(summary.overall()).isEqualTo(Nps.NONE);
		assertThat(summary.byFormat()).isEmpty();
		assertThat(summary.byMonth()).isEmpty();
	}

	private static long answers(Nps nps) {
		return (nps != null) ? nps.answers() : 0;
	}

	private MemberPrincipal principal(String name) {
		return this.members.principal(this.members.create(name, Role.MEMBER).getEmail());
	}

}
