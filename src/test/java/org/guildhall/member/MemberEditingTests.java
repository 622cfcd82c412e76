package org.guildhall.member;

import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@GuildhallTest
class MemberEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	MemberService members;

	@Autowired
	MemberDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void leadAddsAMemberWhoAppearsInTheDirectory() throws Exception {
		String email = "new.joiner." + System.nanoTime() + "@guildhall.test";
		String location = this.mvc
			.perform(memberForm(post("/members/new"), "Nia Okafor", email).with(user(this.fixtures.lead())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Member added = this.members.find(this.fixtures.principal(email).id());
		assertThat(location).isEqualTo("/members/" + added.getId());
		assertThat(added.getName()).isEqualTo("Nia Okafor");
		assertThat(added.getCountry()).isEqualTo("NG");
		assertThat(added.getTimeZone()).isEqualTo("Africa/Lagos");
		assertThat(added.canSignIn()).as("no password until they use a sign-in link").isFalse();
		this.mvc.perform(get(location).with(user(this.fixtures.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nia Okafor")));
	}

	@Test
	void invalidInputShowsMessagesNextToFieldsKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long before = count();
		this.mvc
			.perform(post("/members/new").param("name", "")
				.param("email", "not-an-email")
				.param("country", "XX")
				.param("timeZone", "Mars/Olympus")
				.param("role", "MEMBER")
				.param("joinedOn", "31/02/2026")
				.with(csrf())
				.with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andExpect(view().name("member/form"))
			.andExpect(model().attributeHasFieldErrors("member", "name", "email", "country", "timeZone", "joinedOn"))
			.andExpect(content().string(containsString("value=\"not-an-email\"")))
			.andExpect(content().string(containsString("value=\"31/02/2026\"")))
			.andExpect(content().string(containsString("Enter an email address like name@example.com.")))
			.andExpect(content().string(containsString("Enter a date like 2026-01-31.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void oversizeFieldIsRejectedWithAMessageNotTruncated() throws Exception {
		Member member = this.fixtures.create("Short Name", Role.MEMBER);
		String tooLong = "N".repeat(101);

		this.mvc
			.perform(memberForm(post("/members/{id}/edit", member.getId()), tooLong, member.getEmail())
				.param("id", member.getId().toString())
				.param("version", member.getVersion().toString())
				.with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("member", "name", "Size"))
			.andExpect(content().string(containsString("Enter at most 100 characters.")))
			.andExpect(content().string(containsString(tooLong)));
		assertThat(this.members.find(member.getId()).getName()).isEqualTo("Short Name");
	}

	@Test
	void duplicateEmailIsAFieldErrorWhateverItsCase() throws Exception {
		Member existing = this.fixtures.create("First Owner", Role.MEMBER);
		long before = count();

		this.mvc
			.perform(memberForm(post("/members/new"), "Second Owner", existing.getEmail().toUpperCase())
				.with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("member", "email", "member.email.taken"))
			.andExpect(content().string(containsString("Another member already uses this email address.")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void staleEditShowsTheConflictPageWithWhatWasTypedAndSavesNothing() throws Exception {
		Member member = this.fixtures.create("Before Edit", Role.MEMBER);
		Long staleVersion = member.getVersion();
		this.mvc
			.perform(memberForm(post("/members/{id}/edit", member.getId()), "Someone Else Saved", member.getEmail())
				.param("id", member.getId().toString())
				.param("version", staleVersion.toString())
				.with(user(this.fixtures.lead())))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(memberForm(post("/members/{id}/edit", member.getId()), "My Late Edit", member.getEmail())
				.param("id", member.getId().toString())
				.param("version", staleVersion.toString())
				.with(user(this.fixtures.lead())))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andExpect(content().string(containsString("My Late Edit")))
			.andExpect(content().string(containsString("Open the current version")))
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(this.members.find(member.getId()).getName()).isEqualTo("Someone Else Saved");
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		this.mvc.perform(get("/members/{id}", Long.MAX_VALUE).with(user(this.fixtures.member())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
		this.mvc.perform(get("/members/{id}/edit", Long.MAX_VALUE).with(user(this.fixtures.lead())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/members/not-a-number").with(user(this.fixtures.member())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/{id}/edit", Long.MAX_VALUE).with(user(this.fixtures.lead())))
			.andExpect(status().isNotFound());
	}

	@Test
	void memberEditsTheirOwnProfileButNotTheirRole() throws Exception {
		Member member = this.fixtures.create("Self Editor", Role.MEMBER);
		MemberPrincipal self = this.fixtures.principal(member.getEmail());

		this.mvc
			.perform(memberForm(post("/members/{id}/edit", member.getId()), "Self Edited", member.getEmail())
				.param("id", member.getId().toString())
				.param("version", member.getVersion().toString())
				.param("role", "LEAD")
				.param("coreTeam", "true")
				.with(user(self)))
			.andExpect(redirectedUrl("/members/" + member.getId()));

		Member saved = this.members.find(member.getId());
		assertThat(saved.getName()).isEqualTo("Self Edited");
		assertThat(saved.getRole()).isEqualTo(Role.MEMBER);
		assertThat(saved.isCoreTeam()).isFalse();
	}

	@Test
	void memberCannotEditAnothersProfileEvenWithAForgedId() throws Exception {
		Member member = this.fixtures.create("Honest Member", Role.MEMBER);
		Member other = this.fixtures.create("Other Member", Role.MEMBER);
		MemberPrincipal self = this.fixtures.principal(member.getEmail());

		this.mvc.perform(get("/members/{id}/edit", other.getId()).with(user(self))).andExpect(status().isForbidden());
		this.mvc
			.perform(memberForm(post("/members/{id}/edit", other.getId()), "Hijacked", other.getEmail())
				.param("id", other.getId().toString())
				.param("version", other.getVersion().toString())
				.with(user(self)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(memberForm(post("/members/{id}/edit", member.getId()), "Hijacked", other.getEmail())
				.param("id", other.getId().toString())
				.param("version", other.getVersion().toString())
				.with(user(self)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/members/{id}/skills", other.getId()).param("version", other.getVersion().toString())
				.param("rows[0].skillId", this.fixtures.skillId("Observability").toString())
				.param("rows[0].level", "5")
				.with(csrf())
				.with(user(self)))
			.andExpect(status().isForbidden());

		assertThat(this.members.find(other.getId()).getName()).isEqualTo("Other Member");
		assertThat(this.directory.profile(other.getId()).skills()).isEmpty();
	}

	@Test
	void managerOnlyReads() throws Exception {
		MemberPrincipal manager = this.fixtures.manager();
		this.mvc.perform(get("/members/{id}/edit", manager.id()).with(user(manager))).andExpect(status().isForbidden());
		this.mvc.perform(get("/members/{id}", manager.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit details"))));
	}

	@Test
	void memberRecordsTheSkillsTheyHoldAndWantToLearn() throws Exception {
		Member member = this.fixtures.create("Skilled Member", Role.MEMBER);
		MemberPrincipal self = this.fixtures.principal(member.getEmail());
		Long observability = this.fixtures.skillId("Observability");
		Long chaos = this.fixtures.skillId("Chaos engineering");

		this.mvc
			.perform(post("/members/{id}/skills", member.getId()).param("version", member.getVersion().toString())
				.param("rows[0].skillId", observability.toString())
				.param("rows[0].level", "4")
				.param("rows[1].skillId", chaos.toString())
				.param("rows[1].level", "")
				.param("rows[1].learning", "true")
				.with(csrf())
				.with(user(self)))
			.andExpect(redirectedUrl("/members/" + member.getId()));

		MemberProfile profile = this.directory.profile(member.getId());
		assertThat(profile.skills()).extracting(SkillHolding::skillName, SkillHolding::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Observability", SkillLevel.PROFICIENT));
		assertThat(profile.learning()).extracting(Skill::getName).containsExactly("Chaos engineering");
		this.mvc.perform(get("/members/{id}", member.getId()).with(user(self)))
			.andExpect(content().string(containsString("4 · Proficient")))
			.andExpect(content().string(containsString("Chaos engineering")));
	}

	@Test
	void skillLevelOutsideOneToFiveIsAFieldError() throws Exception {
		Member member = this.fixtures.create("Level Tester", Role.MEMBER);

		this.mvc
			.perform(post("/members/{id}/skills", member.getId()).param("version", member.getVersion().toString())
				.param("rows[0].skillId", this.fixtures.skillId("Observability").toString())
				.param("rows[0].level", "6")
				.with(csrf())
				.with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("skills", "rows[0].level"));
		assertThat(this.directory.profile(member.getId()).skills()).isEmpty();
	}

	@Test
	@Transactional
	void theLastActiveLeadCannotStepDown() throws Exception {
		Member lead = this.fixtures.create("Only Lead", Role.LEAD);
		this.jdbc.update("update members set active = false where role = 'LEAD' and id <> ?", lead.getId());

		this.mvc
			.perform(memberForm(post("/members/{id}/edit", lead.getId()), "Only Lead", lead.getEmail())
				.param("id", lead.getId().toString())
				.param("version", lead.getVersion().toString())
				.param("role", "MEMBER")
				.with(user(this.fixtures.principal(lead.getEmail()))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("member", "role", "member.role.lastLead"));
		assertThat(this.members.find(lead.getId()).getRole()).isEqualTo(Role.LEAD);
	}

	@Test
	void deactivatedMemberStaysInHistoryAndCanBeReactivated() throws Exception {
		Member member = this.fixtures.create("Leaving Member", Role.MEMBER);

		this.mvc.perform(post("/members/{id}/deactivate", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/members/" + member.getId()));
		assertThat(this.members.find(member.getId()).isActive()).isFalse();
		this.mvc.perform(get("/members/{id}", member.getId()).with(user(this.fixtures.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deactivated")));

		this.mvc.perform(post("/members/{id}/reactivate", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/members/" + member.getId()));
		assertThat(this.members.find(member.getId()).isActive()).isTrue();
	}

	@Test
	void leadCannotDeactivateThemselves() throws Exception {
		MemberPrincipal lead = this.fixtures.lead();

		this.mvc.perform(post("/members/{id}/deactivate", lead.id()).with(csrf()).with(user(lead)))
			.andExpect(redirectedUrl("/members/" + lead.id()))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("flash"));
		assertThat(this.members.find(lead.id()).isActive()).isTrue();
	}

	@Test
	void leadExtendsTheSkillsCatalogueWithUniqueNames() throws Exception {
		String name = "Resilience patterns " + System.nanoTime();
		this.mvc
			.perform(post("/skills/new").param("name", name)
				.param("description", "Timeouts, retries, bulkheads")
				.with(csrf())
				.with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/skills"));
		this.mvc
			.perform(
					post("/skills/new").param("name", name.toUpperCase()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("skill", "name", "skill.name.taken"));
		this.mvc.perform(get("/skills").with(user(this.fixtures.manager())))
			.andExpect(content().string(containsString(name)));
	}

	private MockHttpServletRequestBuilder memberForm(MockHttpServletRequestBuilder request, String name, String email) {
		return request.param("name", name)
			.param("email", email)
			.param("country", "NG")
			.param("timeZone", "Africa/Lagos")
			.param("businessUnit", "Payments")
			.param("jobRole", "Developer")
			.param("role", "MEMBER")
			.param("joinedOn", "2025-03-01")
			.with(csrf());
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from members", Long.class);
	}

}
