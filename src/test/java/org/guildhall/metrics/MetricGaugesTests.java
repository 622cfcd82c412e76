package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.guildhall.member.MemberFixtures;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMetricIsAGaugePrometheusScrapesPerBusinessUnitWithItsLastRolledUpValue() {
		this.rollUp.catchUp(RollUpTrigger.LEAD, null, true).orElseThrow();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String scraped = scrape();
			assertThat(gauge(scraped, "guildhall_experiments_logged", "all"))
				.isEqualByComparingTo(snapshot("experiments.logged", null));
			assertThat(gauge(scraped, "guildhall_sessions_cross_functional", "all"))
				.isEqualByComparingTo(snapshot("sessions.cross_functional", null));
			assertThat(gauge(scraped, "guildhall_community_active_members", "Payments"))
				.isEqualByComparingTo(snapshot("community.active_members", "Payments"))
				.isPositive();
		});
	}

	/** The value a scrape gives one metric's gauge for one business unit. */
	private static BigDecimal gauge(String scraped, String name, String businessUnit) {
		Matcher line = Pattern
			.compile("^" + name + "\\{business_unit=\"" + Pattern.quote(businessUnit) + "\"[^}]*\\} (\\S+)$",
					Pattern.MULTILINE)
			.matcher(scraped);
		assertThat(line.find()).as("%s for %s in the scrape", name, businessUnit).isTrue();
		return new BigDecimal(line.group(1));
	}

	/**
	 * The snapshot of the last day rolled up, for the whole community (null) or a unit.
	 */
	private BigDecimal snapshot(String metric, String businessUnit) {
		return this.jdbc.queryForObject("""
				select value from metric_snapshots
				 where metric_key = ? and business_unit is not distinct from cast(? as varchar)
				   and day = (select max(day) from metric_days)""", BigDecimal.class, metric, businessUnit);
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
