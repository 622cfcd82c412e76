package org.guildhall.share;

import org.guildhall.experiment.Experiment;
import org.guildhall.experiment.ExperimentFixtures;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
@RecordApplicationEvents
class ShareTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Autowired
	ExperimentFixtures experiments;

	@Autowired
	ShareService shares;

	@Autowired
	ApplicationEvents events;

	private MemberPrincipal author;

	@BeforeEach
	void anAuthor() {
		this.author = this.members.principal(this.members.create("Share Author", Role.MEMBER).getEmail());
	}

	@Test
	void aMemberSharesAFailureStoryFromAnExperimentAndItShowsOnProfiles() throws Exception {
		Experiment experiment = this.experiments.log(this.author, "Retry storm", "ledger-db");
		MemberPrincipal colleague = this.members
			.principal(this.members.create("Share Colleague", Role.MEMBER).getEmail());

		String redirect = this.mvc
			.perform(share(post("/shares/new"), "When retries made it worse").param("kind", "FAILURE_STORY")
				.param("body", "## What happened\n\nRetries **without jitter**.")
				.param("experimentId", experiment.getId().toString())
				.param("peopleIds", colleague.id().toString())
				.with(user(this.author)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Long id = Long.valueOf(redirect.replace("/shares/", ""));
		this.mvc.perform(get("/shares/{id}", id).with(user(this.members.manager())))
			.andExpect(content().string(containsString("<strong>without jitter</strong>")))
			.andExpect(content().string(containsString("Retry storm")));
		this.mvc.perform(get("/members/{id}", this.author.id()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("When retries made it worse")))
			.andExpect(content().string(containsString("Retry storm")));
		this.mvc.perform(get("/members/{id}", colleague.id()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("When retries made it worse")));
		assertThat(this.events.stream(KnowledgeShared.class)).singleElement()
			.satisfies((event) -> assertThat(event.shareId()).isEqualTo(id))
			.satisfies((event) -> assertThat(event.experimentId()).isEqualTo(experiment.getId()));
	}

	@Test
	void aShareNeedsALinkOrATextAndOnlyWebLinks() throws Exception {
		this.mvc.perform(share(post("/shares/new"), "Nothing to read").param("kind", "TALK").with(user(this.author)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("share", "link", "share.linkOrBody"));
		this.mvc
			.perform(share(post("/shares/new"), "Sneaky link").param("kind", "TALK")
				.param("link", "javascript:alert(1)")
				.with(user(this.author)))
			.andExpect(model().attributeHasFieldErrors("share", "link"));
	}

	@Test
	void scriptsInAShareNeverRun() throws Exception {
		KnowledgeShare share = shareDirectly("<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n*fine*");

		this.mvc.perform(get("/shares/{id}", share.getId()).with(user(this.members.manager())))
			.andExpect(content().string(containsString("<em>fine</em>")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	@Test
	void onlyTheAuthorOrALeadEditsAShare() throws Exception {
		KnowledgeShare share = shareDirectly("Original text");
		MemberPrincipal stranger = this.members
			.principal(this.members.create("Share Stranger", Role.MEMBER).getEmail());

		this.mvc.perform(get("/shares/{id}/edit", share.getId()).with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(share(post("/shares/{id}/edit", share.getId()), "Hijacked").param("kind", "TALK")
				.param("body", "x")
				.param("version", share.getVersion().toString())
				.with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/shares/{id}/edit", share.getId()).with(user(this.members.manager())))
			.andExpect(status().isForbidden());
		assertThat(this.shares.find(share.getId()).getTitle()).isEqualTo("Directly shared");

		this.mvc
			.perform(share(post("/shares/{id}/edit", share.getId()), "Edited by a lead").param("kind", "TALK")
				.param("body", "x")
				.param("id", share.getId().toString())
				.param("version", share.getVersion().toString())
				.with(user(this.members.lead())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.shares.find(share.getId()).getTitle()).isEqualTo("Edited by a lead");
	}

	private KnowledgeShare shareDirectly(String body) {
		ShareForm form = ShareForm.blank(java.time.LocalDate.now(), null);
		form.setKind(ShareKind.HOW_TO);
		form.setTitle("Directly shared");
		form.setSummary("A summary");
		form.setBody(body);
		return this.shares.share(this.author, form);
	}

	private MockHttpServletRequestBuilder share(MockHttpServletRequestBuilder request, String title) {
		return request.param("title", title)
			.param("summary", "What someone would learn.")
			.param("sharedOn", "2026-11-01")
			.with(csrf());
	}

}
