package org.guildhall;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.session.SessionFixtures;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page grows with the community: every list page and form renders about as many bytes
 * with 2,000 members as with 200. A form that listed everyone to choose from would grow
 * by some 100 KB.
 */
@GuildhallTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSizeTests {

	/** What may differ between the two: counts with more digits, a token. */
	private static final long TOLERANCE = 400;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	JdbcTemplate jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private final Map<String, Integer> withFewMembers = new HashMap<>();

	private Long pastSession;

	@BeforeAll
	void measureEveryPageWithTwoHundredMembersThenAddEighteenHundred() throws Exception {
		this.pastSession = this.sessions.plan("Size test session", Instant.now().minus(Duration.ofDays(1))).getId();
		long existing = this.jdbc.queryForObject("select count(*) from members", Long.class);
		addMembers((int) Math.max(0, 200 - existing));
		for (String page : pages()) {
			this.withFewMembers.put(page, size(page));
		}
		addMembers(1_800);
		assertThat(this.jdbc.queryForObject("select count(*) from members", Long.class)).isGreaterThanOrEqualTo(2_000);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from members where email like ?", "size.%." + this.tag + "@guildhall.test");
	}

	List<String> pages() {
		MemberPrincipal lead = this.members.lead();
		return List.of("/members", "/members/" + lead.id(), "/members/" + lead.id() + "/edit", "/members/new",
				"/skills", "/okrs", "/okrs/dashboard", "/okrs/new", "/backlog", "/backlog?view=board", "/backlog/new",
				"/experiments", "/experiments/new", "/shares", "/shares/new", "/canvas", "/sessions",
				"/sessions?when=past", "/sessions/new", "/sessions/calendar", "/sessions/nps",
				"/sessions/" + this.pastSession, "/sessions/" + this.pastSession + "/attendance", "/surveys", "/league",
				"/league/tables", "/league/pairings", "/league/pairings/new", "/league/suggestions", "/metrics",
				"/metrics/outcomes", "/metrics/outcomes/new", "/account/sessions", "/audit");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void aPageWeighsTheSameWithTenTimesTheMembers(String page) throws Exception {
		assertThat((long) size(page)).as(page).isCloseTo(this.withFewMembers.get(page), within(TOLERANCE));
	}

	private int size(String page) throws Exception {
		return this.mvc.perform(get(page).with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray().length;
	}

	private void addMembers(int count) {
		long first = this.jdbc.queryForObject("select count(*) from members where email like ?", Long.class,
				"size.%." + this.tag + "@guildhall.test");
		this.jdbc.update("""
				insert into members (name, email, role, country, time_zone, business_unit, job_role, joined_on)
				select 'Size Person ' || n, 'size.' || n || '.' || ? || '@guildhall.test', 'MEMBER', 'ES',
				       'Europe/Madrid', 'Payments', 'Developer', current_date
				  from generate_series(?::int + 1, ?::int + ?::int) n""", this.tag, first, first, count);
	}

}
