package org.guildhall.survey;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class SurveyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	SurveyResults surveys;

	@Autowired
	JdbcTemplate jdbc;

	private Long round;

	@BeforeEach
	void openARound() throws Exception {
		closeOpenRounds();
		String location = this.mvc
			.perform(post("/surveys/new").param("title", "What do you expect this year?")
				.with(user(this.members.lead()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.round = Long.valueOf(location.replace("/surveys/", ""));
	}

	@AfterEach
	void closeOpenRounds() {
		this.jdbc.update("update survey_rounds set closed_at = now() where closed_at is null");
	}

	@Test
	void onlyOneRoundIsOpenAtATime() throws Exception {
		this.mvc.perform(
				post("/surveys/new").param("title", "A second open round").with(user(this.members.lead())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("round", "title", "survey.alreadyOpen"));
		this.mvc.perform(get("/surveys/latest").with(user(this.members.member())))
			.andExpect(redirectedUrl("/surveys/" + this.round));
	}

	@Test
	void aMemberAnswersOnceAndAnEmptyAnswerIsExplained() throws Exception {
		MemberPrincipal member = principal("Survey Answerer");

		this.mvc.perform(answer(member, "  "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("answer", "expectations", "survey.answer.empty"));
		this.mvc.perform(answer(member, "Real failures, please").param("formats", "GAME_DAY"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(answer(member, "A second opinion"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("answer", "expectations", "survey.answered"))
			.andExpect(content().string(containsString("A second opinion")));
		this.mvc.perform(get("/surveys/{id}/answer", this.round).with(user(member)))
			.andExpect(status().is3xxRedirection());

		assertThat(this.surveys.results(this.round, 1).answers()).isEqualTo(1);
	}

	@Test
	void aClosedRoundTakesNoAnswer() throws Exception {
		this.mvc.perform(post("/surveys/{id}/close", this.round).with(user(this.members.lead())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(answer(principal("Late Answerer"), "Too late"))
			.andExpect(model().attributeHasFieldErrorCode("answer", "expectations", "survey.closed"));
	}

	@Test
	void resultsCountFormatsAndSkillsAndSummariseTheWordsMembersUsed() throws Exception {
		Long observability = this.members.skillId("Observability");
		this.mvc.perform(answer(principal("Words One"), "Hands-on experiments with real failures")
			.param("formats", "GAME_DAY", "WORKSHOP")
			.param("skillIds", observability.toString()));
		this.mvc.perform(answer(principal("Words Two"), "More experiments, and the failures of other teams")
			.param("formats", "GAME_DAY"));
		this.mvc.perform(answer(principal("Words Three"), "").param("formats", "TALK"));

		SurveyResults.Results results = this.surveys.results(this.round, 1);

		assertThat(results.answers()).isEqualTo(3);
		assertThat(results.formats()).containsEntry(org.guildhall.session.SessionFormat.GAME_DAY, 2L)
			.containsEntry(org.guildhall.session.SessionFormat.WORKSHOP, 1L)
			.containsEntry(org.guildhall.session.SessionFormat.TALK, 1L);
		assertThat(results.skills()).containsExactly(new SurveyResults.Count("Observability", 1));
		assertThat(results.words()).startsWith(new SurveyResults.Count("experiments", 2),
				new SurveyResults.Count("failures", 2));
		assertThat(results.words()).extracting(SurveyResults.Count::label)
			.contains("hands-on", "real", "teams")
			.doesNotContain("the", "and", "with", "of", "more");
		assertThat(results.expectations().getTotalElements()).as("only answers with free text").isEqualTo(2);
	}

	@Test
	void aLeadTurnsAnExpectationIntoABacklogItemThatSaysWhereItCameFrom() throws Exception {
		this.mvc.perform(answer(principal("Origin Member"), "A mentor for on-call: how to stay calm in an incident"));
		Document results = page("/surveys/" + this.round, this.members.lead());
		String turn = results.select("#expectations form").attr("action");

		this.mvc.perform(post(turn).with(user(this.members.member())).with(csrf())).andExpect(status().isForbidden());
		String item = this.mvc.perform(post(turn).with(user(this.members.lead())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Document backlogItem = page(item, this.members.member());
		assertThat(backlogItem.select("h1").text()).isEqualTo("A mentor for on-call: how to stay calm in an incident");
		assertThat(backlogItem.select("#origin").text()).contains("You said → we did")
			.contains("What do you expect this year?")
			.contains("A mentor for on-call");
		assertThat(backlogItem.select("#origin a").attr("href")).startsWith("/surveys/" + this.round + "#answer-");
		this.mvc.perform(post(turn).with(user(this.members.lead())).with(csrf())).andExpect(redirectedUrl(item));
		assertThat(page("/surveys/" + this.round, this.members.member()).select("#expectations a").attr("href"))
			.isEqualTo(item);
	}

	@Test
	void longExpectationsMakeTitlesCutAtAWord() {
		String title = SurveyResults.titleFrom("word ".repeat(40));

		assertThat(title).hasSizeLessThanOrEqualTo(100).endsWith("word…");
		assertThat(SurveyResults.titleFrom("  Short\n and sweet ")).isEqualTo("Short and sweet");
	}

	@Test
	void unknownRoundsAndAnswersAreNotFound() throws Exception {
		this.mvc.perform(get("/surveys/{id}", 987654).with(user(this.members.member())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/surveys/answers/{id}/backlog-item", 987654).with(user(this.members.lead())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/surveys/{id}", this.round).param("page", "nonsense").with(user(this.members.member())))
			.andExpect(status().isOk());
	}

	private Document page(String path, MemberPrincipal viewer) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MemberPrincipal principal(String name) {
		return this.members.principal(this.members.create(name, Role.MEMBER).getEmail());
	}

	private MockHttpServletRequestBuilder answer(MemberPrincipal member, String expectations) {
		return post("/surveys/{id}/answer", this.round).param("expectations", expectations)
			.with(user(member))
			.with(csrf());
	}

}
