package org.guildhall.okr;

import java.time.Duration;
import java.util.List;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.metrics.RollUp;
import org.guildhall.metrics.RollUpTrigger;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class KeyResultFollowsMetricTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	MemberFixtures members;

	@Autowired
	RollUp rollUp;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aKeyResultBoundToAMetricChecksInAfterEachRollUpWithItsFormula() throws Exception {
		Long keyResult = keyResult("Follows a metric");
		MemberPrincipal lead = this.members.lead();

		this.mvc
			.perform(post("/okrs/key-results/{id}/source", keyResult).param("version", version(keyResult))
				.param("followMetric", "true")
				.param("metricKey", "sessions.attendance")
				.param("businessUnit", "")
				.param("aggregation", "PERIOD_SUM")
				.with(user(lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		int before = metricCheckIns(keyResult).size();
		this.rollUp.catchUp(RollUpTrigger.LEAD, lead.id(), true).orElseThrow();

		await().atMost(Duration.ofSeconds(10)).until(() -> metricCheckIns(keyResult).size() > before);
		String provenance = metricCheckIns(keyResult).get(0);
		assertThat(provenance).startsWith("Sum of Session attendance (all business units) over ");
		assertThat(this.jdbc.queryForObject("select source from key_results where id = ?", String.class, keyResult))
			.isEqualTo("METRIC");
	}

	@Test
	void aValueSetByHandNeedsAReasonAndTheNextRollUpSaysItReplacedIt() throws Exception {
		Long keyResult = keyResult("Overridden by hand");
		MemberPrincipal lead = this.members.lead();
		this.mvc.perform(post("/okrs/key-results/{id}/source", keyResult).param("version", version(keyResult))
			.param("followMetric", "true")
			.param("metricKey", "community.active_members")
			.param("aggregation", "LAST_DAY")
			.with(user(lead))
			.with(csrf()));

		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResult).param("value", "4")
				.param("confidence", "AT_RISK")
				.with(user(lead))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrorCode("checkIn", "note", "okr.checkIn.overrideReason"));
		this.mvc
			.perform(post("/okrs/key-results/{id}/check-in", keyResult).param("value", "4")
				.param("confidence", "AT_RISK")
				.param("note", "The roll-up missed the offsite")
				.with(user(lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.rollUp.catchUp(RollUpTrigger.LEAD, lead.id(), true).orElseThrow();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.queryForObject("select origin from check_ins where key_result_id = ? "
						+ "order by recorded_at desc, id desc limit 1", String.class, keyResult)
				.equals("METRIC"));
		assertThat(metricCheckIns(keyResult).get(0)).startsWith("Replaces the value 4 ")
			.contains("set by hand on ")
			.contains("(The roll-up missed the offsite)")
			.contains("Active members (all business units) on ");
	}

	private Long keyResult(String title) {
		OkrPeriod period = this.okrs.currentPeriod();
		Long owner = this.members.member().id();
		Objective objective = this.okrs.objective(period, title, this.okrs.goalId("Quality"), owner, owner, 1);
		return objective.getKeyResults().get(0).getId();
	}

	private String version(Long keyResult) {
		return this.jdbc.queryForObject("select version from key_results where id = ?", Long.class, keyResult)
			.toString();
	}

	private List<String> metricCheckIns(Long keyResult) {
		return this.jdbc.queryForList("""
				select provenance from check_ins where key_result_id = ? and origin = 'METRIC'
				 order by recorded_at desc, id desc""", String.class, keyResult);
	}

}
