package org.guildhall.metrics;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.guildhall.member.MemberFixtures;
import org.guildhall.support.GuildhallTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class OutcomeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeadRecordsAnOutcomeAndRecordingItAgainReplacesTheValue() throws Exception {
		String unit = "Outcome unit " + UUID.randomUUID();
		for (String value : new String[] { "99.5", "99.9" }) {
			this.mvc
				.perform(post("/metrics/outcomes/new").param("measure", "AVAILABILITY")
					.param("businessUnit", unit)
					.param("periodStart", "2026-10-01")
					.param("periodEnd", "2026-10-31")
					.param("value", value)
					.with(user(this.members.lead()))
					.with(csrf()))
				.andExpect(redirectedUrl("/metrics/outcomes#recorded"));
		}

		assertThat(this.jdbc.queryForList("select value from outcome_measures where business_unit = ?",
				java.math.BigDecimal.class, unit))
			.singleElement()
			.satisfies((value) -> assertThat(value).isEqualByComparingTo("99.9"));
	}

	@Test
	void badOutcomesAreSentBackWithTheirMessagesAndWhatWasTyped() throws Exception {
		String unit = "Refused unit " + UUID.randomUUID();
		Document page = Jsoup.parse(this.mvc
			.perform(post("/metrics/outcomes/new").param("measure", "AVAILABILITY")
				.param("businessUnit", unit)
				.param("periodStart", "2026-10-31")
				.param("periodEnd", "2026-10-01")
				.param("value", "140")
				.with(user(this.members.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("outcome", "periodEnd", "outcome.period.order"))
			.andExpect(model().attributeHasFieldErrorCode("outcome", "value", "outcome.value.range"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		this.mvc
			.perform(post("/metrics/outcomes/new").param("measure", "NOT_A_MEASURE")
				.param("periodStart", "yesterday")
				.param("value", "NaN")
				.with(user(this.members.lead()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("outcome", "measure", "periodStart", "value"));

		assertThat(page.select("#businessUnit").val()).isEqualTo(unit);
		assertThat(page.select("#value").val()).isEqualTo("140");
		assertThat(page.select(".invalid-feedback").text()).contains("ends on or after");
		assertThat(this.jdbc.queryForObject("select count(*) from outcome_measures where business_unit = ?", Long.class,
				unit))
			.isZero();
	}

	@Test
	void aCsvFileWithOnlyGoodRowsIsImportedWhole() throws Exception {
		String unit = "Csv unit " + UUID.randomUUID();
		String csv = """
				measure,business_unit,service,period_start,period_end,value
				AVAILABILITY,%1$s,checkout-api,2026-10-01,2026-10-31,99.95
				Production incidents,%1$s,,2026-10-01,2026-10-31,3
				""".formatted(unit);

		this.mvc.perform(importing(csv)).andExpect(redirectedUrl("/metrics/outcomes#recorded"));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from outcome_measures where business_unit = ? and origin = 'CSV'", Long.class, unit))
			.isEqualTo(2);
	}

	@Test
	void aCsvFileWithOneBadRowImportsNothingAndSaysWhichRowAndWhy() throws Exception {
		String unit = "Mixed unit " + UUID.randomUUID();
		String csv = """
				measure,business_unit,service,period_start,period_end,value
				AVAILABILITY,%1$s,checkout-api,2026-10-01,2026-10-31,99.95
				AVAILABILITY,%1$s,search,2026-10-31,2026-10-01,101
				UPTIME,,,2026-10-01,2026-10-31,lots
				""".formatted(unit);

		Document page = Jsoup.parse(this.mvc.perform(importing(csv))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#report-heading").text()).contains("2 of 3 rows need fixing");
		assertThat(page.select(".report-row").eachText()).satisfiesExactly(
				(row) -> assertThat(row).startsWith("2 Accepted"),
				(row) -> assertThat(row).startsWith("3 Rejected")
					.contains("period_end comes before period_start")
					.contains("value is outside what the measure allows"),
				(row) -> assertThat(row).startsWith("4 Rejected")
					.contains("measure is not one of")
					.contains("value is not a number")
					.contains("give a business_unit, a service or both"));
		assertThat(this.jdbc.queryForObject("select count(*) from outcome_measures where business_unit = ?", Long.class,
				unit))
			.isZero();
	}

	@Test
	void aFileThatIsNotTheRightCsvIsRefusedWhole() throws Exception {
		assertThat(problem(importing("name,score\nAna,3\n"))).contains("The first line must name the columns");
		assertThat(problem(importing("measure,business_unit,service,period_start,period_end,value\n")))
			.contains("no rows");
		assertThat(problem(multipart("/metrics/outcomes/import").with(user(this.members.lead())).with(csrf())))
			.contains("Choose a CSV file");
	}

	private String problem(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.select("#import-problem")
			.text();
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder importing(String csv) {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/metrics/outcomes/import")
			.file(new MockMultipartFile("file", "outcomes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(this.members.lead()))
			.with(csrf());
	}

}
