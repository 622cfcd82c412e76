package org.guildhall.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The type-ahead pickers: what they match, what they leave out, and the search step that
 * does without JavaScript.
 */
@GuildhallTest
class PickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	private String tag;

	private Member active;

	private Member former;

	@BeforeEach
	void twoPeopleWithTheSameAccentedName() {
		this.tag = "qx" + UUID.randomUUID().toString().substring(0, 6);
		this.active = this.members.create("Zoë Ångström " + this.tag, Role.MEMBER);
		this.former = this.members.create("Zoe Angstrom " + this.tag + " Former", Role.MEMBER);
		this.members.deactivate(this.former);
	}

	@Test
	void matchesIgnoreCaseAndAccentsAndAChoiceThatMustBeActiveLeavesOutFormerMembers() throws Exception {
		Document contributors = matches("contributor", "ZOE ANGSTROM " + this.tag.toUpperCase());
		assertThat(labels(contributors)).containsExactly("Zoë Ångström " + this.tag);

		Document anyone = matches("member", "zoe angstrom " + this.tag);
		assertThat(labels(anyone)).containsExactlyInAnyOrder("Zoë Ångström " + this.tag,
				"Zoe Angstrom " + this.tag + " Former");
		assertThat(anyone.text()).contains("former member");
	}

	@Test
	void theStartOfAnEmailMatchesButTheEmailIsNeverShown() throws Exception {
		String email = this.active.getEmail();
		Document found = matches("contributor", email.substring(0, 15));

		assertThat(labels(found)).contains("Zoë Ångström " + this.tag);
		assertThat(found.html()).doesNotContain(email);
	}

	@Test
	void atMostTwentyMatchesAndTheChosenOnesAreLeftOut() throws Exception {
		List<Member> many = IntStream.range(0, 25)
			.mapToObj((n) -> this.members.create("Crowd " + this.tag + " " + n, Role.MEMBER))
			.toList();

		Document crowd = matches("contributor", "crowd " + this.tag);
		assertThat(labels(crowd)).hasSize(Pickers.MOST_MATCHES);
		assertThat(crowd.text()).contains("Only the first matches are shown");

		Document without = Jsoup.parse(this.mvc
			.perform(get("/picks/contributor").param("field", "peopleIds")
				.param("search:peopleIds", "crowd " + this.tag + " 2")
				.param("peopleIds", many.get(2).getId().toString())
				.with(user(this.members.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(labels(without)).doesNotContain("Crowd " + this.tag + " 2").contains("Crowd " + this.tag + " 20");
	}

	@Test
	void withoutJavaScriptFindShowsTheFormAgainWithWhatWasTypedAndTheMatches() throws Exception {
		MemberPrincipal author = this.members.member();
		long experiments = this.jdbc.queryForObject("select count(*) from experiments", Long.class);

		Document form = Jsoup.parse(
				this.mvc
					.perform(post("/experiments/new").param("title", "Half-written title")
						.param("coAuthorIds", this.members.lead().id().toString())
						.param("search:coAuthorIds", "zoe " + this.tag)
						.param("find", "coAuthorIds")
						.with(csrf())
						.with(user(author)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());

		assertThat(form.select("#title").val()).isEqualTo("Half-written title");
		assertThat(form.select("#coAuthorIds-search").val()).isEqualTo("zoe " + this.tag);
		assertThat(form.select("#coAuthorIds-chosen input[checked]").eachAttr("value"))
			.containsExactly(this.members.lead().id().toString());
		assertThat(form.select("#coAuthorIds-matches input[type=checkbox]").eachAttr("value"))
			.containsExactly(this.active.getId().toString());
		assertThat(form.select("#error-summary")).as("a search step reports no errors").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from experiments", Long.class)).isEqualTo(experiments);
	}

	@Test
	void aFilterShowsTheChosenPersonByNameAndItsFindStepListsMatches() throws Exception {
		Document chosen = page(get("/experiments").param("author", this.active.getId().toString()));
		assertThat(chosen.select("#author-chosen").text()).contains("Zoë Ångström " + this.tag);

		Document found = page(get("/backlog").param("find", "owner").param("search:owner", "angstrom " + this.tag));
		assertThat(found.select("#owner-matches input[type=radio]").eachAttr("value"))
			.containsExactlyInAnyOrder(this.active.getId().toString(), this.former.getId().toString());
		assertThat(found.select("#owner-search").val()).isEqualTo("angstrom " + this.tag);
	}

	@Test
	void keyResultsAndBacklogItemsAreFoundByWordsOfTheirTitles() throws Exception {
		Document keyResults = matches("key-result", "incidents impacting");
		assertThat(labels(keyResults)).anySatisfy((label) -> assertThat(label).contains("Cut incidents impacting"));

		Document items = matches("backlog-item", "CHAOS engineering");
		assertThat(labels(items)).contains("Close the skill gap in Chaos engineering");
	}

	private Document matches(String kind, String typed) throws Exception {
		return page(get("/picks/" + kind).param("field", "f").param("search:f", typed));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(user(this.members.member())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static List<String> labels(Document matches) {
		return matches.select("li label span:first-child").eachText();
	}

}
