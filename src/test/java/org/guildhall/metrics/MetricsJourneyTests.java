package org.guildhall.metrics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.okr.Objective;
import org.guildhall.okr.OkrFixtures;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for the metrics";

	@Autowired
	MemberFixtures members;

	@Autowired
	OkrFixtures okrs;

	@Autowired
	MetricsFixtures metrics;

	@Test
	void aLeadBindsAKeyResultToCrossFunctionalSessionsRunsTheRollUpAndTheValueShowsWhereItComesFrom() {
		Member lead = this.members.withPassword(this.members.create("Metrics Lead", Role.LEAD), PASSWORD);
		Member manager = this.members.withPassword(this.members.create("Metrics Manager", Role.MANAGER), PASSWORD);
		String title = "Work across units " + UUID.randomUUID().toString().substring(0, 6);
		Objective objective = this.okrs.objective(this.okrs.currentPeriod(), title, this.okrs.goalId("Quality"),
				lead.getId(), lead.getId(), 1);
		String objectivePath = "/okrs/" + objective.getId();

		signIn(lead.getEmail(), PASSWORD);
		waitForPath("/members");
		open(objectivePath);
		browser.findElement(By.cssSelector("a[aria-label^='Change where the value of " + title + "']")).click();
		browser.findElement(By.id("source-metric")).click();
		new Select(browser.findElement(By.id("metricKey")))
			.selectByVisibleText("Shares and collaboration: Cross-functional sessions");
		browser.findElement(By.xpath("//label[normalize-space()='Sum over the period']")).click();
		browser.findElement(By.xpath("//button[normalize-space()='Save']")).click();
		waitForText(By.cssSelector("[role=status]"), "now follows Cross-functional sessions");
		assertThat(browser.findElement(By.cssSelector(".key-result-source")).getText())
			.isEqualTo("Cross-functional sessions (all business units), sum over the period");
		int before = Integer.parseInt(now());

		String run = UUID.randomUUID().toString().substring(0, 8);
		this.metrics.community(LocalDate.now(ZoneOffset.UTC), "Journey unit " + run, "Journey other " + run);
		open("/metrics/roll-ups");
		browser.findElement(By.xpath("//button[normalize-space()='Run the roll-up now']")).click();
		waitForText(By.cssSelector("[role=status]"), "Rolled up");

		open(objectivePath);
		// The key result follows once the roll-up's event has been handled, on another
		// thread.
		waitUpTo(Duration.ofSeconds(15)).until((driver) -> {
			driver.navigate().refresh();
			return Integer.parseInt(now()) == before + 1;
		});
		assertThat(browser.findElement(By.cssSelector(".provenance")).getText())
			.startsWith("From the roll-up: Sum of Cross-functional sessions (all business units) over ")
			.contains(" = " + (before + 1) + " (");
		signOut();

		signIn(manager.getEmail(), PASSWORD);
		waitForPath("/okrs/dashboard");
		assertThat(browser.findElement(By.id("community-metrics")).getText()).contains("Cross-functional sessions");
		browser.findElement(By.linkText(title)).click();
		waitForPath(objectivePath);
		assertThat(now()).isEqualTo(Integer.toString(before + 1));
		assertThat(browser.findElement(By.cssSelector(".provenance")).getText()).contains(" = " + (before + 1));
	}

	private static String now() {
		return browser.findElement(By.xpath("//p[starts-with(normalize-space(), 'Now:')]/strong")).getText();
	}

	private void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForPath("/login");
	}

}
