package org.guildhall.league;

import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The league's tables, a member's league page and the pairings run the same few
 * statements with a handful of players as with thousands, each with many points and
 * pairings.
 */
@GuildhallTest
class LeagueStatementsTests {

	private static final int TABLES = 7;

	private static final int OWN_PAGE = 12;

	private static final int HERO_PAGE = 8;

	private static final int PAIRINGS = 5;

	private static final int PAIRINGS_FOR_THE_LEAD = 10;

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
	void leaguePagesRunAFixedNumberOfStatementsWhateverTheNumberOfPlayersAndPairings() throws Exception {
		LeagueFixtures.Cast cast = this.league.cast("Statements");
		this.league.active(cast);
		MemberPrincipal viewer = cast.sidekick();
		String[] pages = { "/league/tables", "/league", "/league/members/" + cast.hero().id(), "/league/pairings" };
		String batch = UUID.randomUUID().toString().substring(0, 8);
		seed(batch, 20, cast);
		long[] few = this.statements.perPage(this.mvc, viewer, pages);
		long fewForTheLead = this.statements.perPage(this.mvc, this.members.lead(), "/league/pairings")[0];

		seed(batch + "b", 3000, cast);
		long[] many = this.statements.perPage(this.mvc, viewer, pages);
		long manyForTheLead = this.statements.perPage(this.mvc, this.members.lead(), "/league/pairings")[0];

		assertThat(many).as("statements per page: tables, own page, the hero's page, pairings")
			.containsExactly(few)
			.containsExactly(TABLES, OWN_PAGE, HERO_PAGE, PAIRINGS);
		assertThat(manyForTheLead).as("pairings as the lead, with requests waiting")
			.isEqualTo(fewForTheLead)
			.isEqualTo(PAIRINGS_FOR_THE_LEAD);
		long heroPairings = this.jdbc.queryForObject(
				"select count(*) from pairings where hero_id = ? or sidekick_id = ?", Long.class, cast.hero().id(),
				cast.hero().id());
		this.mvc.perform(get("/league/members/{id}", cast.hero().id()).with(user(viewer)))
			.andExpect(content().string(containsString("The open ones and the newest 20 of " + heroPairings)));
	}

	/** The waiting list is shared with the other tests: the seeded requests leave it. */
	@AfterEach
	void declineTheSeededRequests() {
		this.jdbc.update("""
				update pairings set status = 'DECLINED', closed_at = now()
				 where status = 'REQUESTED' and sidekick_id in (select id from members where email like 'player.%')""");
	}

	/**
	 * Players with points from a dozen records each this season, the viewer among them;
	 * each player once the hero's sidekick in a completed pairing with a goal, the viewer
	 * sidekick of each tenth player too, and one request in ten waiting for a lead.
	 */
	private void seed(String batch, int players, LeagueFixtures.Cast cast) {
		String emails = "player." + batch + ".%";
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
				on conflict do nothing""", emails);
		this.jdbc.update("""
				insert into league_points (member_id, rule, source_id, points, occurred_at)
				values (?, 'KNOWLEDGE_SHARED', 2000000, 15, now()) on conflict do nothing""", cast.sidekick().id());
		this.jdbc.update("""
				insert into league_badges (member_id, badge, source_id, earned_at)
				select id, 'FIRST_EXPERIMENT', 1000001, now() from members where email like ? on conflict do nothing""",
				emails);
		this.jdbc.update(
				"""
						insert into pairings (hero_id, sidekick_id, status, requested_by, requested_at, starts_on, planned_end_on,
						                      activated_at, closed_at)
						select ?, m.id, 'COMPLETED', m.id, now() - interval '90 days', current_date - 90, current_date - 30,
						       now() - interval '90 days', now() - interval '30 days'
						  from members m where m.email like ?""",
				cast.hero().id(), emails);
		this.jdbc.update(
				"""
						insert into pairings (hero_id, sidekick_id, status, requested_by, requested_at, starts_on, planned_end_on,
						                      activated_at, closed_at)
						select m.id, ?, 'COMPLETED', ?, now() - interval '90 days', current_date - 90, current_date - 30,
						       now() - interval '90 days', now() - interval '30 days'
						  from members m where m.email like ? and m.id % 10 = 0""",
				cast.sidekick().id(), cast.sidekick().id(), emails);
		this.jdbc.update("""
				insert into pairings (sidekick_id, status, requested_by, requested_at, starts_on, planned_end_on)
				select m.id, 'REQUESTED', m.id, now(), current_date, current_date + 60
				  from members m where m.email like ? and m.id % 10 = 1""", emails);
		this.jdbc.update("""
				insert into pairing_goals (pairing_id, skill_id, from_level, to_level)
				select p.id, (select min(id) from skills), 1, 3
				  from pairings p join members m on m.id = p.sidekick_id or m.id = p.hero_id
				 where m.email like ?
				on conflict do nothing""", emails);
	}

}
