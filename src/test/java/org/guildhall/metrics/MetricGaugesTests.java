package org.guildhall.metrics;

import java.time.Duration;

import org.guildhall.member.MemberFixtures;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class MetricGaugesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	RollUp rollUp;

	@Test
	void everyMetricIsAGaugePrometheusScrapesPerBusinessUnit() {
		this.rollUp.catchUp(RollUpTrigger.LEAD, null, true).orElseThrow();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(scrape()).contains("guildhall_experiments_logged{business_unit=\"all\"")
				.contains("guildhall_sessions_cross_functional{business_unit=\"all\"")
				.contains("guildhall_community_active_members{business_unit=\"Payments\""));
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
