package org.guildhall.security;

import java.time.Duration;

import org.guildhall.member.DemoPeople;
import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two browsers: a lead deactivates a member who is signed in elsewhere, and
 * the member's very next click lands on the sign-in page; the audit trail shows both.
 */
class SessionEndJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "signed in elsewhere today";

	@Autowired
	MemberFixtures fixtures;

	@Test
	void aDeactivatedMembersNextClickLandsOnTheSignInPageAndTheAuditTrailShowsIt() throws Exception {
		Member member = this.fixtures.withPassword(this.fixtures.create("Elsewhere Elena", Role.MEMBER), PASSWORD);
		WebDriver theirs = otherBrowser();
		signIn(theirs, member.getEmail(), PASSWORD);
		new WebDriverWait(theirs, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/members/" + member.getId()));

		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);
		waitForPath("/members");
		open("/members/" + member.getId());
		browser.findElement(By.xpath("//button[normalize-space()='Deactivate']")).click();
		assertThat(waitForText(By.cssSelector("[role=status]"), "deactivated").getText())
			.contains("Their open session was ended.");

		theirs.findElement(By.linkText("Members")).click();
		new WebDriverWait(theirs, Duration.ofSeconds(10)).until((driver) -> driver.getCurrentUrl().contains("/login"));
		assertThat(theirs.findElement(By.cssSelector("h1")).getText()).isEqualTo("Sign in to Guildhall");

		open("/audit?who=lead%40example.com");
		String trail = browser.findElement(By.id("events")).getText();
		assertThat(trail).contains("Member deactivated").contains("Sessions ended").contains(member.getEmail());
	}

}
