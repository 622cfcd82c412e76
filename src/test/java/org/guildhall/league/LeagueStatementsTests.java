package org.guildhall.league;

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

/**
 * The league's tables and a member's league page run the same few statements with a
 * handful of players as with thousands, each with many points.
 */
@GuildhallTest
class LeagueStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	LeagueFixtures league;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatements statements;

	@Test
	void leaguePagesRunAFixedNumberOfStatementsWhateverTheNumberOfPlayers() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Statements");
		this.league.active(cast);
		MemberPrincipal viewer = cast.sidekick();
		String[] pages = { "/league/tables", "/league", "/league/members/" + cast.hero().id(), "/league/pairings" };
		String batch = UUID.randomUUID().toString().substring(0, 8);
		seed(batch, 20, viewer.id());
		long[] few = this.statements.perPage(this.mvc, viewer, pages);

		seed(batch + "b", 3000, viewer.id());
		long[] many = this.statements.perPage(this.mvc, viewer, pages);

		assertThat(many).as("statements per page: tables, own page, someone's page, pairings").containsExactly(few);
		assertThat(many[0]).as("tables").isLessThanOrEqualTo(8);
		assertThat(many[1]).as("own league page").isLessThanOrEqualTo(12);
	}

	/**
	 * Players with points from a dozen records each this season, the viewer among them.
	 */
	private void seed(String batch, int players, Long viewer) {
		this.jdbc.update("""
				insert into members (name, email, role, country, time_zone, business_unit, job_role, joined_on)
				select 'Player ' || ? || ' ' || n, 'player.' || ? || '.' || n || '@guildhall.test', 'MEMBER', 'ES',
				       'Europe/Madrid', (array['Payments','Mobile','Cloud'])[1 + n % 3], 'Developer', current_date
				  from generate_series(1, ?) as n""", batch, batch, players);
		this.jdbc.update("""
				insert into league_points (member_id, rule, source_id, points, occurred_at)
				select m.id, 'EXPERIMENT_LOGGED', 1000000 + r, 10, now()
				  from members m, generate_series(1, 1 + m.id::int % 12) as r
				 where m.email like ?
				on conflict do nothing""", "player." + batch + ".%");
		this.jdbc.update("""
				insert into league_points (member_id, rule, source_id, points, occurred_at)
				values (?, 'KNOWLEDGE_SHARED', 2000000, 15, now()) on conflict do nothing""", viewer);
		this.jdbc.update("""
				insert into league_badges (member_id, badge, source_id, earned_at)
				select id, 'FIRST_EXPERIMENT', 1000001, now() from members where email like ? on conflict do nothing""",
				"player." + batch + ".%");
	}

}
