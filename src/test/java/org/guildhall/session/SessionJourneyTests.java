package org.guildhall.session;

import java.time.Duration;
import java.util.List;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.BrowserJourney;
import org.guildhall.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SessionJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for sessions";

	@Autowired
	MemberFixtures members;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	TestClock clock;

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void aLeadPlansASessionTheRotationSuggestsAFacilitatorAMemberComesAndScoresIt() {
		Member lead = this.members.withPassword(this.members.create("Journey Lead", Role.LEAD), PASSWORD);
		Member member = this.members.withPassword(this.members.create("Journey Member", Role.MEMBER), PASSWORD);
		Member colleague = this.members.create("Journey Colleague", Role.MEMBER);
		Member another = this.members.create("Journey Another", Role.MEMBER);
		this.members.createCoreTeam("Journey Core", "Europe/Madrid");
		String title = "Game day: a region goes dark " + System.nanoTime();

		signIn(lead.getEmail(), PASSWORD);
		waitForPath("/members");
		open("/sessions");
		browser.findElement(By.linkText("Plan a session")).click();
		type(By.id("title"), title);
		new Select(browser.findElement(By.id("format"))).selectByVisibleText("Game day");
		type(By.id("onlineLink"), "https://meet.example.com/region-dark");
		browser.findElement(By.xpath("//button[normalize-space()='Plan it']")).click();
		waitForText(By.cssSelector("[role=status]"), "is planned");
		String sessionPath = currentPath();

		String suggested = browser.findElement(By.id("suggested")).getText();
		assertThat(suggested).isNotBlank();
		assertThat(browser.findElement(By.id("suggestion-reasons")).getText()).contains("90 days before this one")
			.contains("for them");
		browser.findElement(By.xpath("//button[normalize-space()='Ask " + suggested + " to facilitate']")).click();
		waitForText(By.cssSelector("[role=status]"), "facilitator is assigned");
		assertThat(browser.findElement(By.id("facilitators")).getText()).isEqualTo(suggested);
		signOut();

		signIn(member.getEmail(), PASSWORD);
		waitForPath("/members/" + member.getId());
		open(sessionPath);
		browser.findElement(By.xpath("//button[normalize-space()='Sign up']")).click();
		waitForText(By.cssSelector("[role=status]"), "You are signed up");
		assertThat(browser.findElement(By.id("sign-ups")).getText()).contains("You're signed up");
		signOut();

		this.clock.advance(Duration.ofDays(9));
		signIn(lead.getEmail(), PASSWORD);
		waitForPath("/members");
		open(sessionPath);
		browser.findElement(By.linkText("Record attendance")).click();
		assertThat(browser
			.findElement(By.xpath("//label[contains(., 'Journey Member')]/preceding-sibling::input[@type='checkbox']"))
			.isSelected()).as("who signed up is ticked").isTrue();
		pick("others", "journey coll", "Journey Colleague");
		pick("others", "Journey Anoth", "Journey Another");
		browser.findElement(By.xpath("//button[normalize-space()='Record attendance']")).click();
		waitForText(By.cssSelector("[role=status]"), "Attendance recorded: 3 people");
		assertThat(browser.findElement(By.id("attendance")).getText()).contains("Cross-functional");
		signOut();

		Long sessionId = Long.valueOf(sessionPath.replace("/sessions/", ""));
		this.sessions.answered(sessionId, colleague.getId(), 10, "Best game day so far");
		this.sessions.answered(sessionId, another.getId(), 6, null);

		signIn(member.getEmail(), PASSWORD);
		waitForPath("/members/" + member.getId());
		open(sessionPath);
		assertThat(browser.findElement(By.id("session-nps")).getText()).isEqualTo("not enough answers");
		browser.findElement(By.linkText("Give feedback")).click();
		browser.findElement(By.xpath("//label[normalize-space()='9']")).click();
		type(By.id("comment"), "Realistic and hands-on");
		browser.findElement(By.xpath("//button[normalize-space()='Send']")).click();
		waitForText(By.cssSelector("[role=status]"), "Thank you");

		assertThat(browser.findElement(By.id("session-nps")).getText()).as("2 promoters and 1 detractor of 3")
			.isEqualTo("+33");
		assertThat(browser.findElement(By.id("feedback")).getText()).contains("Your answer: 9/10.")
			.doesNotContain("Best game day so far");
		assertThat(List.of(browser.findElements(By.cssSelector("#comments li")).size())).containsExactly(0);
	}

	private void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForPath("/login");
	}

}
