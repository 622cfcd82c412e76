package org.guildhall.security;

import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyTests extends BrowserJourney {

	@Autowired
	MemberFixtures fixtures;

	@Test
	void leadLandsOnTheMemberDirectory() {
		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);

		waitForPath("/members");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Members");
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("Lucía Fernández")
			.contains("CoP lead");
		assertThat(browser.findElement(By.linkText("Add a member")).isDisplayed()).isTrue();
	}

	@Test
	void memberLandsOnTheirOwnProfile() {
		MemberPrincipal member = this.fixtures.member();
		signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);

		waitForPath("/members/" + member.id());
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(member.name());
		assertThat(browser.findElement(By.linkText("Edit details")).isDisplayed()).isTrue();
	}

	@Test
	void managerLandsOnTheOkrDashboard() {
		signIn(DemoPeople.MANAGER, DemoPeople.PASSWORD);

		waitForPath("/okrs/dashboard");
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("OKR dashboard");
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("Manager");
		open("/members");
		assertThat(browser.findElements(By.linkText("Add a member"))).isEmpty();
	}

	@Test
	void aWrongPasswordShowsAGenericErrorAndKeepsThePersonSignedOut() {
		signIn(DemoPeople.LEAD, "a wrong password");

		assertThat(waitForText(By.id("login-error"), "do not match").getText()).doesNotContain(DemoPeople.LEAD)
			.doesNotContainIgnoringCase("password is wrong");
		open("/members");
		waitForPath("/login");
	}

	@Test
	void signingOutEndsTheSession() {
		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);
		waitForPath("/members");

		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForText(By.cssSelector("main"), "You have signed out");
		open("/members");
		waitForPath("/login");
	}

}
