package org.guildhall;

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

/**
 * The backlog (list and board), experiments and knowledge shares run the same few
 * statements with a page's worth of rows as with thousands, each row carrying skills,
 * co-authors, people and votes.
 */
@GuildhallTest
class LearningListsStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatements statements;

	private static final String[] PAGES = { "/backlog?status=all", "/backlog?view=board", "/experiments",
			"/experiments?q=seeded", "/shares" };

	@Test
	void listPagesRunAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
		MemberPrincipal viewer = this.members.member();
		Long author = this.members.create("Prolific Author", Role.MEMBER).getId();
		seed(author, 30);
		long[] few = this.statements.perPage(this.mvc, viewer, PAGES);

		seed(author, 2500);
		long[] many = this.statements.perPage(this.mvc, viewer, PAGES);

		assertThat(many).as("statements per page: backlog list, board, experiments, search, shares")
			.containsExactly(few);
		assertThat(many[0]).as("backlog list, with where items came from").isLessThanOrEqualTo(11);
		assertThat(many[1]).as("backlog board, with where items came from").isLessThanOrEqualTo(11);
		assertThat(many[2]).as("experiments").isLessThanOrEqualTo(5);
		assertThat(many[3]).as("search in experiments").isLessThanOrEqualTo(5);
		assertThat(many[4]).as("knowledge shares").isLessThanOrEqualTo(9);
	}

	/**
	 * Thousands of rows in a few statements, each with skills, co-authors, people and
	 * votes.
	 */
	private void seed(Long author, int rows) {
		this.jdbc.update(
				"""
						with item as (
						    insert into backlog_items (title, type, status, owner_id, priority_rank, vote_count)
						    select 'Seeded item ' || n, 'OTHER', (array['IDEA','READY','IN_PROGRESS','DONE'])[1 + n % 4], ?, 100000 + n, 1
						      from generate_series(1, ?) as n
						    returning id)
						insert into backlog_item_skills (backlog_item_id, skill_id)
						select item.id, s.id from item, (select id from skills order by id limit 2) s
						""",
				author, rows);
		this.jdbc.update("""
				insert into backlog_votes (backlog_item_id, member_id)
				select id, ? from backlog_items where title like 'Seeded item %' on conflict do nothing
				""", author);
		this.jdbc.update(
				"""
						with experiment as (
						    insert into experiments (title, kind, service, hypothesis, scope, status, author_id,
						                             abstract_conceptualisation)
						    select 'Seeded experiment ' || n, 'CHAOS_EXPERIMENT', 'seeded-service', 'A seeded hypothesis', 'SANDBOX',
						           'PLANNED', ?, 'A seeded lesson about retries'
						      from generate_series(1, ?) as n
						    returning id)
						insert into experiment_skills (experiment_id, skill_id)
						select experiment.id, s.id from experiment, (select id from skills order by id limit 2) s
						""",
				author, rows);
		this.jdbc.update("""
				insert into experiment_co_authors (experiment_id, member_id)
				select e.id, m.id from experiments e, (select id from members where role = 'LEAD' order by id limit 1) m
				 where e.title like 'Seeded experiment %' and e.author_id <> m.id on conflict do nothing
				""");
		this.jdbc.update("""
				with share as (
				    insert into knowledge_shares (kind, title, summary, body, shared_on, author_id)
				    select 'HOW_TO', 'Seeded share ' || n, 'A seeded summary', 'A seeded body', current_date, ?
				      from generate_series(1, ?) as n
				    returning id)
				insert into knowledge_share_skills (knowledge_share_id, skill_id)
				select share.id, s.id from share, (select id from skills order by id limit 2) s
				""", author, rows);
		this.jdbc
			.update("""
					insert into knowledge_share_people (knowledge_share_id, member_id)
					select s.id, m.id from knowledge_shares s, (select id from members where role = 'LEAD' order by id limit 1) m
					 where s.title like 'Seeded share %' on conflict do nothing
					""");
	}

}
