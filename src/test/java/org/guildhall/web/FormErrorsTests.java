package org.guildhall.web;

import org.guildhall.member.MemberFixtures;
import org.guildhall.support.GuildhallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fields ask for their errors only when the form has some: a clean form marks nothing
 * invalid, a rejected one marks exactly the failing fields and keeps each choice made.
 */
@GuildhallTest
class FormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	@Test
	void aCleanFormMarksNoFieldInvalid() throws Exception {
		String page = this.mvc.perform(get("/members/new").with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("is-invalid").doesNotContain("aria-invalid=\"true\"");
		assertThat(page).contains("<option value=\"MEMBER\" selected=\"selected\">");
	}

	@Test
	void aRejectedFormMarksTheFailingFieldAndKeepsTheChoicesMade() throws Exception {
		String page = this.mvc
			.perform(post("/members/new").param("name", " ")
				.param("email", "someone.new@example.com")
				.param("country", "JP")
				.param("timeZone", "Asia/Tokyo")
				.param("role", "LEAD")
				.with(csrf())
				.with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsPattern("id=\"name\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"name\"");
		assertThat(page)
			.containsPattern("id=\"email\"[^>]*aria-invalid=\"false\"|aria-invalid=\"false\"[^>]*id=\"email\"");
		assertThat(page).contains("<option value=\"Asia/Tokyo\" selected=\"selected\">")
			.contains("<option value=\"JP\" selected=\"selected\">")
			.contains("<option value=\"LEAD\" selected=\"selected\">");
	}

}
