package org.guildhall.member;

import java.time.Duration;

import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MemberJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for journeys";

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	MemberService members;

	@Test
	void memberEditsTheirOwnProfile() {
		Member member = this.fixtures.withPassword(this.fixtures.create("Journey Member", Role.MEMBER), PASSWORD);
		signIn(member.getEmail(), PASSWORD);
		waitForPath("/members/" + member.getId());

		browser.findElement(By.linkText("Edit details")).click();
		type(By.id("jobRole"), "SRE engineer");
		new Select(browser.findElement(By.id("timeZone"))).selectByValue("America/Bogota");
		browser.findElement(By.xpath("//button[normalize-space()='Save']")).click();

		waitForText(By.cssSelector("[role=status]"), "details were saved");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("SRE engineer")
			.contains("America/Bogota");
		Member saved = this.members.find(member.getId());
		assertThat(saved.getJobRole()).isEqualTo("SRE engineer");
		assertThat(saved.getTimeZone()).isEqualTo("America/Bogota");
	}

	@Test
	void aMistakeIsExplainedNextToTheFieldAndNothingTypedIsLost() {
		Member member = this.fixtures.withPassword(this.fixtures.create("Careful Typist", Role.MEMBER), PASSWORD);
		signIn(member.getEmail(), PASSWORD);
		waitForPath("/members/" + member.getId());
		open("/members/" + member.getId() + "/edit");

		type(By.id("name"), " ");
		type(By.id("businessUnit"), "Observability Guild");
		browser.findElement(By.xpath("//button[normalize-space()='Save']")).click();

		WebElement summary = waitForText(By.id("error-summary"), "Please check what you entered");
		assertThat(summary.getText()).contains("Enter a value.");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("name-errors")).getText()).isEqualTo("Enter a value.");
		assertThat(browser.findElement(By.id("businessUnit")).getAttribute("value")).isEqualTo("Observability Guild");
		assertThat(this.members.find(member.getId()).getName()).isEqualTo("Careful Typist");
	}

	@Test
	void leadAddsAMemberWhoSetsTheirPasswordFromASignInLink() {
		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);
		waitForPath("/members");
		String email = "journey." + System.nanoTime() + "@guildhall.test";

		browser.findElement(By.linkText("Add a member")).click();
		type(By.id("name"), "Journey Newcomer");
		type(By.id("email"), email);
		new Select(browser.findElement(By.id("country"))).selectByValue("KE");
		new Select(browser.findElement(By.id("timeZone"))).selectByValue("Africa/Nairobi");
		type(By.id("businessUnit"), "Payments");
		browser.findElement(By.xpath("//button[normalize-space()='Add member']")).click();
		waitForText(By.cssSelector("[role=status]"), "Journey Newcomer was added");

		browser.findElement(By.xpath("//button[normalize-space()='Create a sign-in link']")).click();
		String link = waitForText(By.cssSelector("h1"), "Sign-in link for Journey Newcomer")
			.findElement(By.xpath("//input[@id='sign-in-url']"))
			.getAttribute("value");
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForText(By.cssSelector("main"), "You have signed out");

		browser.get(link);
		waitForText(By.cssSelector("h1"), "Welcome, Journey Newcomer");
		type(By.id("password"), "karibu to the community");
		type(By.id("confirmation"), "karibu to the community");
		browser.findElement(By.xpath("//button[normalize-space()='Set password']")).click();
		waitForText(By.cssSelector("[role=status]"), "Your password is set");

		signIn(email, "karibu to the community");
		waitForText(By.cssSelector("h1"), "Journey Newcomer");
	}

	@Test
	void directorySearchUpdatesAsYouTypeAndStillWorksAsAPlainForm() {
		signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);
		open("/members");

		browser.findElement(By.id("q")).sendKeys("Priya");
		waitUpTo(Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("result-count")).getText().equals("1 member"));
		assertThat(browser.findElement(By.id("members")).getText()).contains("Priya Sharma");
		assertThat(currentPath()).contains("q=Priya");

		open("/members?q=Sharma&country=IN");
		assertThat(browser.findElement(By.id("members")).getText()).contains("Priya Sharma");
		assertThat(new Select(browser.findElement(By.id("country"))).getFirstSelectedOption().getText())
			.isEqualTo("India");
	}

	@Test
	void pagesFitAPhoneScreenEvenWithLongNames() {
		this.fixtures.createSkill("Event-sourced ledgers" + System.nanoTime() + System.nanoTime());
		Member longName = this.fixtures.create("Maximiliana Wolfeschlegelsteinhausenbergerdorff-Alvarez de la Fuente",
				Role.MEMBER);
		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);
		waitForPath("/members");
		browser.manage().window().setSize(new Dimension(390, 844));

		for (String page : new String[] { "/members?q=Maximiliana", "/members/" + longName.getId(), "/skills",
				"/members/new", "/okrs/dashboard", "/okrs", "/okrs/new", "/backlog", "/backlog?view=board",
				"/experiments", "/experiments/new", "/shares", "/shares/new" }) {
			open(page);
			Object overflow = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + page).isLessThanOrEqualTo(0);
		}
	}

}
