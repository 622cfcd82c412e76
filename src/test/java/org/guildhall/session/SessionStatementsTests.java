package org.guildhall.session;

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
 * Session lists, the calendar, the rotation and the NPS page run the same few statements
 * with a handful of sessions as with thousands, each with facilitators, sign-ups,
 * attendance and feedback.
 */
@GuildhallTest
class SessionStatementsTests {

	private static final String[] PAGES = { "/sessions", "/sessions?when=past", "/sessions/calendar",
			"/sessions/rotation", "/sessions/nps" };

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SqlStatements statements;

	@Test
	void sessionPagesRunAFixedNumberOfStatementsWhateverTheirSize() throws Exception {
		MemberPrincipal viewer = this.members.member();
		seed(60);
		long[] few = this.statements.perPage(this.mvc, viewer, PAGES);

		seed(1500);
		long[] many = this.statements.perPage(this.mvc, viewer, PAGES);

		assertThat(many).as("statements per page: upcoming, past, calendar, rotation, NPS").containsExactly(few);
		assertThat(many[0]).as("upcoming").isLessThanOrEqualTo(10);
		assertThat(many[1]).as("past").isLessThanOrEqualTo(10);
		assertThat(many[2]).as("calendar").isLessThanOrEqualTo(10);
		assertThat(many[3]).as("rotation").isLessThanOrEqualTo(12);
		assertThat(many[4]).as("NPS").isLessThanOrEqualTo(3);
	}

	/**
	 * Sessions spread from a year ago to a year ahead (half of the upcoming ones without
	 * a facilitator), each with sign-ups, attendance and feedback from a few members.
	 */
	private void seed(int sessions) {
		this.jdbc.update(
				"""
						with s as (
						    insert into community_sessions (title, format, starts_at, duration_minutes, planned_zone, online_link)
						    select 'Seeded session ' || n, 'WORKSHOP', now() + make_interval(hours => ((n * 7919) % 730 - 365) * 12 + 1), 60,
						           'UTC', 'https://meet.example.com/seeded'
						      from generate_series(1, ?) as n
						    returning id, starts_at)
						insert into session_facilitators (session_id, member_id)
						select s.id, m.id from s, (select id from members where core_team and active order by id limit 1) m
						 where s.starts_at < now() or s.id % 2 = 0
						""",
				sessions);
		this.jdbc.update("""
				insert into session_sign_ups (session_id, member_id)
				select s.id, m.id from community_sessions s,
				       (select id from members where role <> 'MANAGER' order by id limit 4) m
				 where s.title like 'Seeded session %' on conflict do nothing
				""");
		this.jdbc
			.update("""
					insert into session_attendance (session_id, member_id)
					select u.session_id, u.member_id from session_sign_ups u join community_sessions s on s.id = u.session_id
					 where s.title like 'Seeded session %' and s.starts_at < now() on conflict do nothing
					""");
		this.jdbc.update("""
				insert into session_feedback (session_id, member_id, score, given_at, updated_at)
				select a.session_id, a.member_id, (a.session_id + a.member_id) % 11, now(), now()
				  from session_attendance a join community_sessions s on s.id = a.session_id
				 where s.title like 'Seeded session %' on conflict do nothing
				""");
	}

}
