package org.guildhall.metrics;

import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@GuildhallTest
class MetricsStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	MetricCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatements statements;

	@Test
	void metricsPagesRunAFixedNumberOfStatementsWhateverTheHistoryTheyShow() throws Exception {
		MemberPrincipal lead = this.members.lead();
		String unit = "Statements-" + UUID.randomUUID();
		this.members.create("Statements Member", Role.MEMBER, "ES", "Europe/Madrid", unit, "Developer");
		String[] pages = { "/metrics?unit=" + unit, "/metrics/collaboration?unit=" + unit,
				"/metrics/experiments?bucket=DAY&unit=" + unit, "/metrics/outcomes?unit=" + unit, "/metrics/roll-ups",
				"/okrs/dashboard" };
		seed(unit, lead, 10, 3);
		long[] few = this.statements.perPage(this.mvc, lead, pages);

		seed(unit, lead, 730, 300);
		long[] many = this.statements.perPage(this.mvc, lead, pages);

		this.mvc.perform(get("/metrics/outcomes?unit=" + unit).with(user(lead)))
			.andExpect(content().string(containsString(unit)));
		assertThat(many).as("statements per page: %s", String.join(", ", pages))
			.containsExactly(few)
			.containsExactly(3, 3, 3, 6, 3, 7);
	}

	/**
	 * Snapshots of every metric for the unit the pages show, one a day for these days;
	 * these outcome measures, each recorded by the lead and dated after any other test's,
	 * so that they fill the outcomes page; and a roll-up the lead asked for.
	 */
	private void seed(String unit, MemberPrincipal lead, int days, int outcomes) {
		this.jdbc.update("""
				insert into metric_snapshots (day, metric_key, business_unit, value, computed_at)
				select d::date, k, ?, 7, now()
				  from generate_series(current_date - ?, current_date, interval '1 day') d, unnest(?) k
				on conflict do nothing""", unit, days,
				this.catalogue.all().stream().map(Metric::key).toArray(String[]::new));
		this.jdbc.update("""
				insert into outcome_measures (measure, business_unit, period_start, period_end, value, origin,
				                              recorded_by, recorded_at)
				select 'INCIDENTS', ?, date '2100-01-01' - n, date '2100-01-01' - n, n % 7, 'MANUAL', ?, now()
				  from generate_series(0, ? - 1) n
				on conflict do nothing""", unit, lead.id(), outcomes);
		this.jdbc.update("""
				insert into metric_roll_ups (trigger, first_day, last_day, rows_written, started_at, finished_at,
				                             requested_by)
				values ('LEAD', current_date - 1, current_date - 1, 1, now(), now(), ?)""", lead.id());
	}

}
