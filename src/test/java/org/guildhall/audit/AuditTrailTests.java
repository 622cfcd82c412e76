package org.guildhall.audit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.guildhall.canvas.CanvasService;
import org.guildhall.canvas.CanvasVersion;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.okr.OkrFixtures;
import org.guildhall.okr.OkrPeriod;
import org.guildhall.security.ApiTokens;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every event the audit trail must keep, with who did it, to whom, from where and how it
 * went; and the lead's page and export of it.
 */
@GuildhallTest
class AuditTrailTests {

	private static final String PASSWORD = "an audited passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	CanvasService canvas;

	@Autowired
	JdbcTemplate jdbc;

	private long mark;

	@BeforeEach
	void markTheTrail() {
		this.mark = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_events", Long.class);
	}

	@Test
	void signInsSignOutsAndRefusalsAreRecordedWithTheEmailTyped() throws Exception {
		Member member = this.members.createWithPassword("Audited Signer", PASSWORD);
		String nobody = "=cmd|' /C calc'!A0-" + UUID.randomUUID() + "@guildhall.test";

		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD));
		this.mvc.perform(formLogin().user(member.getEmail()).password("a wrong one"));
		this.mvc.perform(formLogin().user(nobody).password("anything"));
		this.mvc.perform(post("/logout").with(csrf()).with(user(this.members.principal(member.getEmail()))));
		this.mvc.perform(get("/members/new").with(user(this.members.principal(member.getEmail()))))
			.andExpect(status().isForbidden());

		assertThat(rows()).extracting(Row::action, Row::outcome, Row::actor, Row::detail)
			.containsExactly(tuple("SIGN_IN", "SUCCESS", member.getEmail(), null),
					tuple("SIGN_IN", "FAILURE", member.getEmail(), "wrong email or password"),
					tuple("SIGN_IN", "FAILURE", nobody, "wrong email or password"),
					tuple("SIGN_OUT", "SUCCESS", member.getEmail(), null),
					tuple("ACCESS_DENIED", "FAILURE", member.getEmail(), "GET /members/new"));
		assertThat(rows()).extracting(Row::address).containsOnly("127.0.0.1");
		assertThat(this.jdbc.queryForObject("select actor_id from audit_events where id = ?", Long.class,
				rows().get(1).id()))
			.as("who, by id as well as the email they had then")
			.isEqualTo(member.getId());
	}

	@Test
	void rightsChangesRecordWhoChangedWhat() throws Exception {
		Member member = this.members.create("Audited Rights", Role.MEMBER);
		MemberPrincipal lead = this.members.lead();

		this.mvc.perform(post("/members/{id}/edit", member.getId()).param("id", member.getId().toString())
			.param("version", member.getVersion().toString())
			.param("name", member.getName())
			.param("email", member.getEmail())
			.param("country", member.getCountry())
			.param("timeZone", member.getTimeZone())
			.param("role", "MANAGER")
			.param("coreTeam", "true")
			.param("joinedOn", member.getJoinedOn().toString())
			.with(csrf())
			.with(user(lead)));
		this.mvc.perform(post("/members/{id}/deactivate", member.getId()).with(csrf()).with(user(lead)));
		this.mvc.perform(post("/members/{id}/reactivate", member.getId()).with(csrf()).with(user(lead)));

		assertThat(rows()).extracting(Row::action, Row::actor, Row::target, Row::detail)
			.containsExactly(tuple("ROLE_CHANGED", DemoPeople.LEAD, member.getEmail(), "MEMBER → MANAGER"),
					tuple("CORE_TEAM_CHANGED", DemoPeople.LEAD, member.getEmail(), "false → true"),
					tuple("DEACTIVATED", DemoPeople.LEAD, member.getEmail(), "true → false"),
					tuple("REACTIVATED", DemoPeople.LEAD, member.getEmail(), "false → true"));
	}

	@Test
	void signInLinksPasswordsAndEndedSessionsAreRecorded() throws Exception {
		Member member = this.members.create("Audited Link", Role.MEMBER);
		String link = URI
			.create((String) this.mvc
				.perform(
						post("/members/{id}/sign-in-link", member.getId()).with(csrf()).with(user(this.members.lead())))
				.andReturn()
				.getFlashMap()
				.get("linkUrl"))
			.getPath();
		this.mvc
			.perform(post(URI.create(link)).param("password", PASSWORD).param("confirmation", PASSWORD).with(csrf()));
		this.mvc
			.perform(post(URI.create(link)).param("password", PASSWORD).param("confirmation", PASSWORD).with(csrf()));
		this.mvc.perform(post("/account/password").param("currentPassword", PASSWORD)
			.param("password", "a second audited passphrase")
			.param("confirmation", "a second audited passphrase")
			.with(csrf())
			.with(user(this.members.principal(member.getEmail()))));

		assertThat(rows()).extracting(Row::action, Row::outcome, Row::actor, Row::target)
			.containsExactly(tuple("SIGN_IN_LINK_CREATED", "SUCCESS", DemoPeople.LEAD, member.getEmail()),
					tuple("SIGN_IN_LINK_USED", "SUCCESS", member.getEmail(), member.getEmail()),
					tuple("SIGN_IN_LINK_USED", "FAILURE", member.getEmail(), member.getEmail()),
					tuple("PASSWORD_CHANGED", "SUCCESS", member.getEmail(), member.getEmail()));
	}

	@Test
	void apiTokensAreRecordedFromCreationToRevocation() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/metrics/tokens").param("name", "Audited system")
				.param("readMetrics", "true")
				.param("writeOutcomes", "false")
				.param("validDays", "30")
				.with(csrf())
				.with(user(this.members.lead())))
			.andReturn();
		ApiTokens.Created token = (ApiTokens.Created) created.getFlashMap().get("created");
		String secret = token.secret();
		Long tokenId = token.id();

		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/outcomes").header("Authorization", "Bearer " + secret)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/metrics/tokens/{id}/revoke", tokenId).with(csrf()).with(user(this.members.lead())));
		this.mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());

		assertThat(rows()).extracting(Row::action, Row::outcome, Row::target)
			.containsExactly(tuple("API_TOKEN_CREATED", "SUCCESS", "Audited system"),
					tuple("API_TOKEN_FIRST_USED", "SUCCESS", "Audited system"),
					tuple("API_TOKEN_REFUSED", "FAILURE", "Audited system"),
					tuple("API_TOKEN_REVOKED", "SUCCESS", "Audited system"),
					tuple("API_TOKEN_REFUSED", "FAILURE", "Audited system"));
		assertThat(rows().get(2).detail()).isEqualTo("may not POST /api/v1/outcomes");
		assertThat(rows().get(4).detail()).isEqualTo("revoked");
	}

	@Test
	void aClosedPeriodAndANewCanvasVersionAreRecorded() throws Exception {
		OkrPeriod period = this.okrs.period();
		this.mvc
			.perform(post("/okrs/periods/{id}/close", period.getId()).param("version", period.getVersion().toString())
				.with(csrf())
				.with(user(this.members.lead())));
		int base = this.canvas.current().map(CanvasVersion::getNumber).orElse(0);
		this.mvc.perform(post("/canvas/edit").param("baseNumber", String.valueOf(base))
			.param("why", "Audited change")
			.param("blocks[purpose]", "Grow SRE skills")
			.with(csrf())
			.with(user(this.members.lead())));

		assertThat(rows()).extracting(Row::action, Row::actor, Row::target, Row::detail)
			.containsExactly(tuple("PERIOD_CLOSED", DemoPeople.LEAD, period.getName(), null),
					tuple("CANVAS_CHANGED", DemoPeople.LEAD, "version " + (base + 1), "Audited change"));
	}

	@Test
	void aLeadFiltersTheTrailAndExportsItSafelyForSpreadsheets() throws Exception {
		String formula = "=HYPERLINK(\"http://evil.example\")-" + UUID.randomUUID() + "@x.test";
		this.mvc.perform(formLogin().user(formula).password("anything"));
		Member member = this.members.createWithPassword("Filtered Signer", PASSWORD);
		this.mvc.perform(formLogin().user(member.getEmail()).password(PASSWORD));

		String page = this.mvc
			.perform(get("/audit").param("who", member.getEmail().substring(0, 20))
				.param("what", "SIGN_IN")
				.with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(member.getEmail()).doesNotContain(formula);
		this.mvc
			.perform(get("/audit").param("what", "NOT_AN_ACTION")
				.param("from", "yesterday")
				.param("page", "-4")
				.with(user(this.members.lead())))
			.andExpect(status().isOk());

		String csv = this.mvc.perform(get("/audit/export").param("what", "SIGN_IN").with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("occurred_at_utc,actor_id,actor_email,action,outcome");
		assertThat(csv).contains(member.getEmail()).contains("'" + formula.replace("\"", "\"\""));
	}

	private List<Row> rows() {
		return this.jdbc.query("""
				select id, action, outcome, actor_email, target_label, client_address, detail
				  from audit_events where id > ? order by id""", (row, i) -> new Row(row.getLong(1), row.getString(2),
				row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7)), this.mark);
	}

	/** An audit row as these tests read it. */
	record Row(Long id, String action, String outcome, String actor, String target, String address, String detail) {
	}

}
