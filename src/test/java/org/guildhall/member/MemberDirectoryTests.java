package org.guildhall.member;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.guildhall.support.GuildhallTest;
import org.guildhall.support.SqlStatements;
import org.guildhall.web.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The directory on PostgreSQL with real rows. Each test works in a business unit of its
 * own, so that the demo community and other tests do not change what it counts.
 */
@GuildhallTest
class MemberDirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	SqlStatements statements;

	private String unit;

	@BeforeEach
	void newBusinessUnit() {
		this.unit = "Directory " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void listsTwentyMembersAPageAndKeepsFiltersInThePageLinks() throws Exception {
		IntStream.rangeClosed(1, 25)
			.forEach((n) -> this.fixtures.create("Paged Person %02d".formatted(n), Role.MEMBER, "PT", "Europe/Lisbon",
					this.unit, "Developer"));

		MvcResult first = this.mvc.perform(get("/members").param("businessUnit", this.unit).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(view().name("member/list"))
			.andReturn();
		assertThat(names(first)).hasSize(20).first().isEqualTo("Paged Person 01");
		PageLinks pages = (PageLinks) first.getModelAndView().getModel().get("pages");
		assertThat(pages.totalElements()).isEqualTo(25);
		assertThat(pages.next().url()).contains("businessUnit=Directory").contains("page=2");

		MvcResult second = this.mvc.perform(get(URI.create(pages.next().url())).with(viewer())).andReturn();
		assertThat(names(second)).containsExactly("Paged Person 21", "Paged Person 22", "Paged Person 23",
				"Paged Person 24", "Paged Person 25");
	}

	@Test
	void searchesByPartOfANameWhateverItsCase() throws Exception {
		this.fixtures.create("Gabriela Mistral", Role.MEMBER, "CL", "America/Santiago", this.unit, "Tester");
		this.fixtures.create("Pablo Neruda", Role.MEMBER, "CL", "America/Santiago", this.unit, "Tester");

		MvcResult result = this.mvc
			.perform(get("/members").param("businessUnit", this.unit).param("q", "MISTR").with(viewer()))
			.andReturn();

		assertThat(names(result)).containsExactly("Gabriela Mistral");
	}

	@Test
	void searchTreatsPercentAndUnderscoreAsText() throws Exception {
		this.fixtures.create("Ana_Maria 100%", Role.MEMBER, "ES", "Europe/Madrid", this.unit, "Tester");
		this.fixtures.create("Anabel Ruiz", Role.MEMBER, "ES", "Europe/Madrid", this.unit, "Tester");

		assertThat(names(
				this.mvc.perform(get("/members").param("businessUnit", this.unit).param("q", "n_b").with(viewer()))
					.andReturn()))
			.isEmpty();
		assertThat(
				names(this.mvc.perform(get("/members").param("businessUnit", this.unit).param("q", "%").with(viewer()))
					.andReturn()))
			.containsExactly("Ana_Maria 100%");
	}

	@Test
	void filtersCombineByCountryJobRoleAndSkillLevel() throws Exception {
		Member expert = this.fixtures.create("Kofi Mensah", Role.MEMBER, "GH", "Africa/Accra", this.unit,
				"SRE engineer");
		Member novice = this.fixtures.create("Ama Owusu", Role.MEMBER, "GH", "Africa/Accra", this.unit, "SRE engineer");
		Member elsewhere = this.fixtures.create("Yaw Boateng", Role.MEMBER, "NG", "Africa/Lagos", this.unit,
				"SRE engineer");
		this.fixtures.giveSkills(expert, Map.of("Observability", 5));
		this.fixtures.giveSkills(novice, Map.of("Observability", 2));
		this.fixtures.giveSkills(elsewhere, Map.of("Observability", 5));
		String observability = this.fixtures.skillId("Observability").toString();

		MvcResult result = this.mvc
			.perform(get("/members").param("businessUnit", this.unit)
				.param("country", "GH")
				.param("jobRole", "SRE engineer")
				.param("skill", observability)
				.param("minLevel", "4")
				.with(viewer()))
			.andReturn();

		assertThat(names(result)).containsExactly("Kofi Mensah");
		DirectoryEntry entry = entries(result).get(0);
		assertThat(entry.topSkills()).extracting(SkillHolding::skillName).containsExactly("Observability");
	}

	@Test
	void sortsByNameOrJoinDateInEitherDirection() throws Exception {
		this.fixtures.create("Bruno", Role.MEMBER, "BR", "America/Sao_Paulo", this.unit, "Developer");
		this.fixtures.create("Alice", Role.MEMBER, "BR", "America/Sao_Paulo", this.unit, "Developer");
		this.fixtures.create("Carla", Role.MEMBER, "BR", "America/Sao_Paulo", this.unit, "Developer");

		assertThat(names(this.mvc.perform(get("/members").param("businessUnit", this.unit).with(viewer())).andReturn()))
			.containsExactly("Alice", "Bruno", "Carla");
		assertThat(names(
				this.mvc.perform(get("/members").param("businessUnit", this.unit).param("dir", "desc").with(viewer()))
					.andReturn()))
			.containsExactly("Carla", "Bruno", "Alice");
		assertThat(names(this.mvc
			.perform(get("/members").param("businessUnit", this.unit).param("sort", "joined").with(viewer()))
			.andReturn())).hasSize(3);
	}

	@Test
	void malformedQueryParametersFallBackToDefaults() throws Exception {
		this.fixtures.create("Zoe Default", Role.MEMBER, "FR", "Europe/Paris", this.unit, "Developer");

		MvcResult result = this.mvc
			.perform(get("/members").param("businessUnit", this.unit)
				.param("page", "abc")
				.param("sort", "password_hash")
				.param("dir", "sideways")
				.param("skill", "not-a-number")
				.param("minLevel", "99")
				.with(viewer()))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(names(result)).containsExactly("Zoe Default");
		this.mvc.perform(get("/members").param("page", "-4").param("size", "100000").with(viewer()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/members").param("page", "999999999").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("past the end of the list")));
	}

	@Test
	void onlyLeadsListDeactivatedMembers() throws Exception {
		Member former = this.fixtures.create("Former Person", Role.MEMBER, "IT", "Europe/Rome", this.unit, "Developer");
		this.fixtures.deactivate(former);

		assertThat(names(
				this.mvc.perform(get("/members").param("businessUnit", this.unit).param("status", "all").with(viewer()))
					.andReturn()))
			.isEmpty();
		assertThat(names(this.mvc
			.perform(get("/members").param("businessUnit", this.unit)
				.param("status", "deactivated")
				.with(user(this.fixtures.lead())))
			.andReturn())).containsExactly("Former Person");
	}

	@Test
	void htmxRequestGetsOnlyTheResults() throws Exception {
		this.fixtures.create("Htmx Person", Role.MEMBER, "FR", "Europe/Paris", this.unit, "Developer");

		this.mvc.perform(get("/members").param("businessUnit", this.unit).header("HX-Request", "true").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(view().name("member/list :: results"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Htmx Person")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<nav"))));
	}

	@Test
	void runsTheSameSmallNumberOfStatementsWhateverTheNumberOfMembersAndSkills() throws Exception {
		IntStream.rangeClosed(1, 45)
			.forEach((n) -> withSkills(this.fixtures.create("Counted %02d".formatted(n), Role.MEMBER, "NL",
					"Europe/Amsterdam", this.unit, "Developer")));
		long few = statementsForDirectoryPage();

		IntStream.rangeClosed(46, 120)
			.forEach((n) -> withSkills(this.fixtures.create("Counted %02d".formatted(n), Role.MEMBER, "NL",
					"Europe/Amsterdam", this.unit, "Developer")));
		long many = statementsForDirectoryPage();

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
	}

	private void withSkills(Member member) {
		this.fixtures.giveSkills(member, Map.of("Observability", 3, "Postmortems", 4, "On-call", 2, "Databases", 5));
	}

	private long statementsForDirectoryPage() throws Exception {
		MockHttpServletRequestBuilder request = get("/members").param("businessUnit", this.unit)
			.param("skill", this.fixtures.skillId("Observability").toString())
			.param("page", "2")
			.with(viewer());
		MvcResult[] result = new MvcResult[1];
		long statements = this.statements
			.countDuring(() -> result[0] = this.mvc.perform(request).andExpect(status().isOk()).andReturn());
		assertThat(entries(result[0])).isNotEmpty().allSatisfy((entry) -> assertThat(entry.topSkills()).hasSize(3));
		return statements;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return user(this.fixtures.member());
	}

	@SuppressWarnings("unchecked")
	private static List<DirectoryEntry> entries(MvcResult result) {
		return (List<DirectoryEntry>) result.getModelAndView().getModel().get("members");
	}

	private static List<String> names(MvcResult result) {
		return entries(result).stream().map(DirectoryEntry::name).toList();
	}

}
