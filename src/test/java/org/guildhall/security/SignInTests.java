package org.guildhall.security;

import java.net.URI;
import java.time.Duration;

import org.guildhall.member.DemoPeople;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Role;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GuildhallTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	TestClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void eachDemoRoleSignsInAndLandsOnItsPage() throws Exception {
		this.mvc.perform(formLogin().user(DemoPeople.LEAD).password(DemoPeople.PASSWORD))
			.andExpect(authenticated().withRoles("LEAD"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("MEMBER@example.com").password(DemoPeople.PASSWORD))
			.andExpect(authenticated().withRoles("MEMBER"));
		this.mvc.perform(formLogin().user(DemoPeople.MANAGER).password(DemoPeople.PASSWORD))
			.andExpect(authenticated().withRoles("MANAGER"));

		MemberPrincipal member = this.fixtures.member();
		this.mvc.perform(get("/").with(user(this.fixtures.lead()))).andExpect(redirectedUrl("/members"));
		this.mvc.perform(get("/").with(user(member))).andExpect(redirectedUrl("/members/" + member.id()));
		this.mvc.perform(get("/").with(user(this.fixtures.manager()))).andExpect(redirectedUrl("/okrs/dashboard"));
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameGenericError() throws Exception {
		this.mvc.perform(formLogin().user(DemoPeople.LEAD).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin().user("nobody@example.com").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("do not match an active account")));
	}

	@Test
	void aVeryLongPassphraseNeverCausesAServerError() throws Exception {
		this.mvc.perform(formLogin().user(DemoPeople.LEAD).password("correct horse battery staple ".repeat(400)))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void deactivatedMembersAndMembersWithoutAPasswordCannotSignIn() throws Exception {
		Member member = this.fixtures.create("Soon Gone", Role.MEMBER);
		String password = "a perfectly fine passphrase";
		setPasswordThroughALink(member, password);
		this.mvc.perform(formLogin().user(member.getEmail()).password(password)).andExpect(authenticated());

		this.mvc.perform(post("/members/{id}/deactivate", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin().user(member.getEmail()).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));

		Member neverSetUp = this.fixtures.create("Never Set Up", Role.MEMBER);
		this.mvc.perform(formLogin().user(neverSetUp.getEmail()).password("")).andExpect(unauthenticated());
	}

	@Test
	void aSignInLinkLetsAMemberSetAPassphraseOnce() throws Exception {
		Member member = this.fixtures.create("Link User", Role.MEMBER);
		String passphrase = "when the pager rings at three in the morning we follow the runbook ".repeat(3).strip();
		String link = issueLink(member);

		this.mvc.perform(get(URI.create(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, Link User")));
		this.mvc
			.perform(
					post(URI.create(link)).param("password", passphrase).param("confirmation", passphrase).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user(member.getEmail()).password(passphrase)).andExpect(authenticated());

		this.mvc.perform(get(URI.create(link)))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("no longer works")));
		this.mvc
			.perform(post(URI.create(link)).param("password", "another passphrase")
				.param("confirmation", "another passphrase")
				.with(csrf()))
			.andExpect(status().isGone());
		this.mvc.perform(formLogin().user(member.getEmail()).password(passphrase)).andExpect(authenticated());
	}

	@Test
	void aSignInLinkExpiresAfterSevenDaysAndANewerOneReplacesIt() throws Exception {
		Member member = this.fixtures.create("Slow Reader", Role.MEMBER);
		String first = issueLink(member);
		String second = issueLink(member);
		this.mvc.perform(get(URI.create(first))).andExpect(status().isGone());
		this.mvc.perform(get(URI.create(second))).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		this.mvc.perform(get(URI.create(second))).andExpect(status().isGone());
	}

	@Test
	void newPasswordsMustBeLongEnoughNotTooLongAndTypedTwiceTheSame() throws Exception {
		Member member = this.fixtures.create("Picky Passwords", Role.MEMBER);
		String link = issueLink(member);

		this.mvc.perform(post(URI.create(link)).param("password", "short").param("confirmation", "short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "Size"))
			.andExpect(content().string(containsString("Use between 12 and 256 characters.")));
		String tooLong = "x".repeat(257);
		this.mvc.perform(post(URI.create(link)).param("password", tooLong).param("confirmation", tooLong).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("password", "password", "Size"));
		this.mvc
			.perform(post(URI.create(link)).param("password", "long enough password")
				.param("confirmation", "long enough passwort")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("password", "confirmation", "password.confirmation"))
			.andExpect(content().string(not(containsString("long enough password"))));
		assertThat(this.fixtures.find(member.getId()).canSignIn()).isFalse();
	}

	@Test
	void aSignedInMemberChangesTheirPasswordKnowingTheCurrentOne() throws Exception {
		Member member = this.fixtures.create("Password Changer", Role.MEMBER);
		setPasswordThroughALink(member, "the first passphrase");
		MemberPrincipal self = this.fixtures.principal(member.getEmail());

		this.mvc
			.perform(post("/account/password").param("currentPassword", "a wrong guess here")
				.param("password", "the second passphrase")
				.param("confirmation", "the second passphrase")
				.with(csrf())
				.with(user(self)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("password", "currentPassword", "password.current.wrong"));
		this.mvc
			.perform(post("/account/password").param("currentPassword", "the first passphrase")
				.param("password", "the second passphrase")
				.param("confirmation", "the second passphrase")
				.with(csrf())
				.with(user(self)))
			.andExpect(redirectedUrl("/members/" + member.getId()));

		this.mvc.perform(formLogin().user(member.getEmail()).password("the first passphrase"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(member.getEmail()).password("the second passphrase"))
			.andExpect(authenticated());
	}

	@Test
	void deactivatedMembersGetNoSignInLink() throws Exception {
		Member member = this.fixtures.create("No Link For Me", Role.MEMBER);
		this.fixtures.deactivate(member);

		this.mvc
			.perform(post("/members/{id}/sign-in-link", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/members/" + member.getId()))
			.andExpect(
					org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("flash"));
	}

	private String issueLink(Member member) throws Exception {
		String shown = (String) this.mvc
			.perform(post("/members/{id}/sign-in-link", member.getId()).with(csrf()).with(user(this.fixtures.lead())))
			.andExpect(redirectedUrl("/members/" + member.getId() + "/sign-in-link"))
			.andReturn()
			.getFlashMap()
			.get("linkUrl");
		return URI.create(shown).getPath();
	}

	private void setPasswordThroughALink(Member member, String password) throws Exception {
		this.mvc
			.perform(post(URI.create(issueLink(member))).param("password", password)
				.param("confirmation", password)
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

}
