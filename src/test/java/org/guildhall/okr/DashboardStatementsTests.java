package org.guildhall.okr;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.SqlStatements;
import org.guildhall.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard runs the same few statements for one objective as for twenty objectives
 * with five key results and a year of weekly check-ins each.
 */
@GuildhallTest
class DashboardStatementsTests {

	// 5 for the OKRs, 2 for the community metrics beside them
	private static final int MOST_STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	MemberFixtures members;

	@Autowired
	SqlStatements statements;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aFixedSmallNumberOfStatementsWhateverTheSizeOfThePeriod() throws Exception {
		MemberPrincipal owner = this.members.member();
		Long goal = this.okrs.goalId("Reliability");

		OkrPeriod small = this.okrs.period();
		Objective single = this.okrs.objective(small, "Single", goal, owner.id(), owner.id(), 1);
		this.okrs.weeklyCheckIns(single, 1, Instant.now(), owner.id());

		OkrPeriod large = this.okrs.period();
		// live inside the large period, so that its trends run from its start to "today"
		this.clock.advance(Duration.between(Instant.now(),
				large.getStartsOn().plusDays(80).atStartOfDay().toInstant(ZoneOffset.UTC)));
		for (int i = 1; i <= 20; i++) {
			Objective objective = this.okrs.objective(large, "Objective " + i, goal, owner.id(), owner.id(), 5);
			this.okrs.weeklyCheckIns(objective, 52, this.clock.instant(), owner.id());
		}

		long forOne = statementsFor(small, 1);
		long forTwenty = statementsFor(large, 20);

		assertThat(forTwenty).isEqualTo(forOne).isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	private long statementsFor(OkrPeriod period, int objectives) throws Exception {
		MockHttpServletRequestBuilder request = get("/okrs/dashboard").param("period", period.getId().toString())
			.with(user(this.members.manager()));
		MvcResult[] result = new MvcResult[1];
		long statements = this.statements
			.countDuring(() -> result[0] = this.mvc.perform(request).andExpect(status().isOk()).andReturn());
		Dashboard dashboard = (Dashboard) result[0].getModelAndView().getModel().get("dashboard");
		assertThat(dashboard.objectives()).hasSize(objectives)
			.allSatisfy((view) -> assertThat(view.trend().points()).isNotEmpty());
		return statements;
	}

}
