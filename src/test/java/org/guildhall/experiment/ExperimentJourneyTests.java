package org.guildhall.experiment;

import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ExperimentJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for experiments";

	@Autowired
	MemberFixtures members;

	@Test
	void aMemberLogsAnExperimentThroughTheCycleConcludesItRefutedAndStartsTheNextOne() {
		var member = this.members.withPassword(this.members.create("Curious Engineer", Role.MEMBER), PASSWORD);
		String title = "Retries absorb a ledger failover " + System.nanoTime();
		signIn(member.getEmail(), PASSWORD);
		waitForPath("/members/" + member.getId());

		open("/experiments");
		browser.findElement(By.linkText("Log an experiment")).click();
		type(By.id("title"), title);
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Chaos experiment");
		type(By.id("service"), "ledger-db");
		type(By.id("hypothesis"),
				"Transfers keep succeeding through a 30-second database failover: retries absorb it.");
		type(By.id("concreteExperience"),
				"We forced a failover of the ledger database in the sandbox at 200 requests per second.");
		type(By.id("reflectiveObservation"),
				"Retries without jitter hit the new primary at once; 7% of transfers failed.");
		browser.findElement(By.xpath("//button[normalize-space()='Log experiment']")).click();
		waitForText(By.cssSelector("[role=status]"), "logged");
		assertThat(browser.findElement(By.id("concrete-experience")).getText()).contains("We forced a failover");

		browser.findElement(By.xpath("//button[normalize-space()='Start it']")).click();
		waitForText(By.cssSelector("[role=status]"), "The experiment is running");

		browser.findElement(By.linkText("Conclude")).click();
		browser.findElement(By.xpath("//label[normalize-space()='Refuted']")).click();
		type(By.id("abstractConceptualisation"),
				"Retries without backoff and jitter turn a failover into a retry storm.");
		type(By.id("activeExperimentation"),
				"Exponential backoff with full jitter in the ledger client, in the sandbox first.");
		browser.findElement(By.xpath("//button[normalize-space()='Conclude']")).click();
		waitForText(By.cssSelector("main"), "that is a success for the community");
		assertThat(browser.findElement(By.id("abstract-conceptualisation")).getText())
			.contains("turn a failover into a retry storm");
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Refuted").contains("Learned");
		String parentPath = currentPath();

		browser.findElement(By.linkText("Start the next experiment")).click();
		waitForText(By.cssSelector("h1"), "Log the next experiment");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Next: " + title);
		assertThat(browser.findElement(By.id("hypothesis")).getAttribute("value"))
			.isEqualTo("Exponential backoff with full jitter in the ledger client, in the sandbox first.");
		browser.findElement(By.xpath("//button[normalize-space()='Log experiment']")).click();
		waitForText(By.cssSelector("[role=status]"), "logged");
		assertThat(browser.findElement(By.linkText(title)).getAttribute("href")).endsWith(parentPath);
		assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Follows " + title);
	}

}
