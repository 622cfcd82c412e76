package org.guildhall.metrics;

import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@GuildhallTest
class MetricsStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatements statements;

	@Test
	void metricsPagesRunAFixedNumberOfStatementsWhateverTheHistory() throws Exception {
		MemberPrincipal lead = this.members.lead();
		String[] pages = { "/metrics", "/metrics/collaboration", "/metrics/experiments?bucket=MONTH&from=2024-01-01",
				"/metrics/outcomes", "/metrics/roll-ups", "/okrs/dashboard" };
		long[] few = this.statements.perPage(this.mvc, lead, pages);

		// Two more years of snapshots for every metric and 300 more outcome measures.
		String unit = "Statements unit " + UUID.randomUUID();
		this.jdbc
			.update("""
					insert into metric_snapshots (day, metric_key, business_unit, value, computed_at)
					select d::date, k, ?, 1, now()
					  from generate_series(current_date - 730, current_date, interval '1 day') d,
					       unnest(array['experiments.logged', 'shares.published', 'sessions.nps', 'community.active_members']) k""",
					unit);
		this.jdbc.update(
				"""
						insert into outcome_measures (measure, business_unit, period_start, period_end, value, origin, recorded_at)
						select 'INCIDENTS', ?, date '2000-01-01' + n, date '2000-01-01' + n, n % 7, 'MANUAL', now()
						  from generate_series(1, 300) n""",
				unit);
		long[] many = this.statements.perPage(this.mvc, lead, pages);

		assertThat(many).as("statements per page: %s", String.join(", ", pages)).containsExactly(few);
		assertThat(many[0]).as("headlines").isLessThanOrEqualTo(6);
	}

}
