package org.guildhall.backlog;

import java.util.List;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.web.PageLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@GuildhallTest
class BacklogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	BacklogFixtures backlog;

	@Autowired
	JdbcTemplate jdbc;

	private MemberPrincipal owner;

	@BeforeEach
	void anOwner() {
		this.owner = this.members.principal(this.members.create("Backlog Owner", Role.MEMBER).getEmail());
	}

	@Test
	void aMemberRaisesAnItemTheyOwn() throws Exception {
		String location = this.mvc
			.perform(post("/backlog/new").param("title", "Chaos engineering for mobile")
				.param("type", "SKILL_GAP")
				.param("description", "Nobody on mobile has run a game day.")
				.param("ownerId", this.members.lead().id().toString())
				.param("skillIds", this.members.skillId("Chaos engineering").toString())
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		BacklogItem item = this.backlog.find(Long.valueOf(location.replace("/backlog/", "")));
		assertThat(item.getOwnerId()).as("a member cannot hand their item to someone else").isEqualTo(this.owner.id());
		assertThat(item.getStatus()).isEqualTo(BacklogStatus.IDEA);
		assertThat(this.backlog.view(item.getId(), this.owner).skills()).containsExactly("Chaos engineering");
	}

	@Test
	void missingFieldsAreExplained() throws Exception {
		this.mvc.perform(post("/backlog/new").param("title", " ").with(csrf()).with(user(this.owner)))
			.andExpect(status().isOk())
			.andExpect(view().name("backlog/form"))
			.andExpect(model().attributeHasFieldErrors("item", "title", "type"));
	}

	@Test
	void oneVotePerMemberWhichTheyCanTakeBack() throws Exception {
		BacklogItem item = this.backlog.raise(this.owner, "Vote on me", BacklogItemType.OTHER, List.of());
		MemberPrincipal voter = this.members.member();

		this.mvc.perform(post("/backlog/{id}/vote", item.getId()).with(csrf()).with(user(voter)))
			.andExpect(redirectedUrl("/backlog/" + item.getId()));
		this.mvc.perform(post("/backlog/{id}/vote", item.getId()).with(csrf()).with(user(voter)));
		this.mvc.perform(post("/backlog/{id}/vote", item.getId()).with(csrf()).with(user(this.members.lead())));
		assertThat(this.backlog.find(item.getId()).getVoteCount()).isEqualTo(2);
		assertThat(this.backlog.view(item.getId(), voter).votedByViewer()).isTrue();

		this.mvc.perform(post("/backlog/{id}/unvote", item.getId()).with(csrf()).with(user(voter)));
		this.mvc.perform(post("/backlog/{id}/unvote", item.getId()).with(csrf()).with(user(voter)));
		assertThat(this.backlog.find(item.getId()).getVoteCount()).isEqualTo(1);
		assertThat(this.backlog.view(item.getId(), voter).votedByViewer()).isFalse();

		this.mvc.perform(post("/backlog/{id}/vote", item.getId()).with(csrf()).with(user(this.members.manager())))
			.andExpect(status().isForbidden());
		assertThat(this.backlog.find(item.getId()).getVoteCount()).isEqualTo(1);
	}

	@Test
	void votingRedirectsOnlyWithinTheBacklog() throws Exception {
		BacklogItem item = this.backlog.raise(this.owner, "Safe redirects", BacklogItemType.OTHER, List.of());

		this.mvc
			.perform(post("/backlog/{id}/vote", item.getId()).param("back", "/backlog?sort=votes&page=2")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(redirectedUrl("/backlog?sort=votes&page=2"));
		this.mvc
			.perform(post("/backlog/{id}/unvote", item.getId()).param("back", "https://evil.example/backlog")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(redirectedUrl("/backlog/" + item.getId()));
		this.mvc
			.perform(post("/backlog/{id}/vote", item.getId()).param("back", "//evil.example")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(redirectedUrl("/backlog/" + item.getId()));
	}

	@Test
	void onlyTheOwnerOrALeadChangesAnItemWhateverTheFormSays() throws Exception {
		BacklogItem item = this.backlog.raise(this.owner, "Mine", BacklogItemType.OTHER, List.of());
		MemberPrincipal stranger = this.members
			.principal(this.members.create("Backlog Stranger", Role.MEMBER).getEmail());
		BacklogItem strangers = this.backlog.raise(stranger, "Theirs", BacklogItemType.OTHER, List.of());

		this.mvc.perform(get("/backlog/{id}/edit", item.getId()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(edit(item, "Hijacked").with(user(stranger))).andExpect(status().isForbidden());
		this.mvc
			.perform(
					edit(item, "Hijacked via forged id").param("id", strangers.getId().toString()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/backlog/{id}/status", item.getId()).param("status", "DONE").with(csrf()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/backlog/{id}/drop", item.getId()).param("reason", "spite").with(csrf()).with(user(stranger)))
			.andExpect(status().isForbidden());
		assertThat(this.backlog.find(item.getId()).getTitle()).isEqualTo("Mine");
		assertThat(this.backlog.find(item.getId()).getStatus()).isEqualTo(BacklogStatus.IDEA);

		this.mvc.perform(
				post("/backlog/{id}/status", item.getId()).param("status", "READY").with(csrf()).with(user(this.owner)))
			.andExpect(redirectedUrl("/backlog/" + item.getId()));
		this.mvc.perform(edit(this.backlog.find(item.getId()), "Renamed by a lead").with(user(this.members.lead())))
			.andExpect(redirectedUrl("/backlog/" + item.getId()));
		assertThat(this.backlog.find(item.getId()).getStatus()).isEqualTo(BacklogStatus.READY);
		assertThat(this.backlog.find(item.getId()).getTitle()).isEqualTo("Renamed by a lead");
	}

	@Test
	void droppingNeedsAReason() throws Exception {
		BacklogItem item = this.backlog.raise(this.owner, "Maybe not", BacklogItemType.OTHER, List.of());

		this.mvc
			.perform(post("/backlog/{id}/drop", item.getId()).param("reason", " ").with(csrf()).with(user(this.owner)))
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.backlog.find(item.getId()).getStatus()).isEqualTo(BacklogStatus.IDEA);

		this.mvc.perform(post("/backlog/{id}/drop", item.getId()).param("reason", "Another team covers it")
			.with(csrf())
			.with(user(this.owner)));
		assertThat(this.backlog.find(item.getId()).getStatus()).isEqualTo(BacklogStatus.DROPPED);
		assertThat(this.backlog.find(item.getId()).getDroppedReason()).isEqualTo("Another team covers it");
		this.mvc
			.perform(post("/backlog/{id}/status", item.getId()).param("status", "DROPPED")
				.with(csrf())
				.with(user(this.owner)))
			.andExpect(flash().attributeExists("flash"));
	}

	@Test
	void theLeadOrdersTheBacklog() throws Exception {
		BacklogItem first = this.backlog.raise(this.owner, "First in line", BacklogItemType.OTHER, List.of());
		BacklogItem second = this.backlog.raise(this.owner, "Second in line", BacklogItemType.OTHER, List.of());

		this.mvc.perform(
				post("/backlog/{id}/move", second.getId()).param("direction", "up").with(csrf()).with(user(this.owner)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/backlog/{id}/move", second.getId()).param("direction", "up")
			.with(csrf())
			.with(user(this.members.lead())));

		assertThat(this.backlog.find(second.getId()).getPriorityRank())
			.isLessThan(this.backlog.find(first.getId()).getPriorityRank());
	}

	@Test
	void aLeadRaisesASkillGapFromTheSkillsPictureInOneClick() throws Exception {
		Long chaos = this.members.skillId("Chaos engineering");

		String location = this.mvc
			.perform(post("/backlog/skill-gaps").param("skill", chaos.toString())
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		BacklogItem item = this.backlog.find(Long.valueOf(location.replace("/backlog/", "")));
		assertThat(item.getType()).isEqualTo(BacklogItemType.SKILL_GAP);
		assertThat(item.getTitle()).isEqualTo("Close the skill gap in Chaos engineering");
		assertThat(item.getDescription()).contains("at level 4 or 5").contains("want to learn it");
		assertThat(this.backlog.view(item.getId(), this.owner).skills()).containsExactly("Chaos engineering");
		this.mvc
			.perform(post("/backlog/skill-gaps").param("skill", chaos.toString()).with(csrf()).with(user(this.owner)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/skills").with(user(this.members.lead())))
			.andExpect(content().string(containsString("Raise on backlog")));
	}

	@Test
	void theListFiltersAndSortsAndTheBoardGroupsByStatus() throws Exception {
		Long observability = this.members.skillId("Observability");
		BacklogItem voted = this.backlog.raise(this.owner, "Popular observability item", BacklogItemType.CERTIFICATION,
				List.of(observability));
		this.backlog.raise(this.owner, "Quiet observability item", BacklogItemType.CERTIFICATION,
				List.of(observability));
		this.mvc.perform(post("/backlog/{id}/vote", voted.getId()).with(csrf()).with(user(this.members.member())));

		@SuppressWarnings("unchecked")
		List<BacklogRow> rows = (List<BacklogRow>) this.mvc
			.perform(get("/backlog").param("owner", this.owner.id().toString())
				.param("skill", observability.toString())
				.param("type", "CERTIFICATION")
				.param("sort", "votes")
				.with(user(this.members.manager())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(rows).extracting((row) -> row.item().getTitle())
			.containsExactly("Popular observability item", "Quiet observability item");

		this.mvc.perform(get("/backlog").param("view", "board").with(user(this.members.manager())))
			.andExpect(view().name("backlog/board"))
			.andExpect(content().string(containsString("In progress")));
		this.mvc
			.perform(get("/backlog").param("page", "-1")
				.param("sort", "drop table")
				.param("status", "??")
				.param("type", "NOPE")
				.with(user(this.members.manager())))
			.andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder edit(BacklogItem item, String title) {
		return post("/backlog/{id}/edit", item.getId()).param("id", item.getId().toString())
			.param("version", item.getVersion().toString())
			.param("title", title)
			.param("type", item.getType().name())
			.with(csrf());
	}

	@Test
	@Transactional
	void aListCountsItsRowsExactlyUpToTheLimitAndSaysMoreThanBeyondIt() throws Exception {
		Long few = this.members.create("Owner Of Few", Role.MEMBER).getId();
		Long many = this.members.create("Owner Of Many", Role.MEMBER).getId();
		String items = "insert into backlog_items (title, type, status, owner_id, priority_rank) "
				+ "select 'Counted ' || n, 'OTHER', 'IDEA', ?, 100000 + n from generate_series(1, ?) n";
		this.jdbc.update(items, few, 27);
		this.jdbc.update(items, many, PageLinks.COUNT_LIMIT + 40);

		PageLinks exact = (PageLinks) this.mvc
			.perform(get("/backlog").param("owner", few.toString()).with(user(this.owner)))
			.andExpect(content().string(containsString("Page 1 of 2 · 27 items")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("pages");
		assertThat(exact.countStopped()).isFalse();

		PageLinks stopped = (PageLinks) this.mvc
			.perform(get("/backlog").param("owner", many.toString()).param("page", "7").with(user(this.owner)))
			.andExpect(content().string(containsString("Page 7 · more than 1,000 items")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("pages");
		assertThat(stopped.countStopped()).isTrue();
		assertThat(stopped.totalElements()).isEqualTo(PageLinks.COUNT_LIMIT + 1);
		assertThat(stopped.next()).as("pages go on past the one shown").isNotNull();
	}

}
