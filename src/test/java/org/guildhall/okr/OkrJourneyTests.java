package org.guildhall.okr;

import org.guildhall.member.DemoPeople;
import org.guildhall.member.MemberFixtures;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class OkrJourneyTests extends BrowserJourney {

	@Autowired
	MemberFixtures members;

	@Test
	void aLeadSetsAnObjectiveItsOwnerChecksInAndTheManagerSeesTheDashboardMove() {
		String title = "Grow chaos engineering " + System.nanoTime();
		String owner = this.members.member().name();

		signIn(DemoPeople.LEAD, DemoPeople.PASSWORD);
		waitForPath("/members");
		open("/okrs");
		browser.findElement(By.linkText("New objective")).click();
		type(By.id("title"), title);
		type(By.id("whyItMatters"), "Failures we rehearse do not surprise us in production.");
		new Select(browser.findElement(By.id("businessGoalId"))).selectByVisibleText("Reliability");
		pick("ownerId", "lucia", "Lucía Fernández");
		keyResult(0, "Run 4 game days across business units", "Increase to", owner, "count", "0", "4");
		type(By.id("keyResults1.title"), "Publish the chaos engineering playbook");
		new Select(browser.findElement(By.id("keyResults1.kind"))).selectByVisibleText("Milestone");
		pick("keyResults[1].ownerId", owner, owner);
		browser.findElement(By.xpath("//button[normalize-space()='Create objective']")).click();
		waitForText(By.cssSelector("[role=status]"), "was created");
		String objectivePath = currentPath();

		signOut();
		signIn(DemoPeople.MANAGER, DemoPeople.PASSWORD);
		waitForPath("/okrs/dashboard");
		assertThat(dashboardScoreOf(title)).isEqualTo("0.00");

		signOut();
		signIn(DemoPeople.MEMBER, DemoPeople.PASSWORD);
		open(objectivePath);
		WebElement gameDays = browser.findElement(By.xpath(
				"//section[contains(@class,'key-result')][.//h2[normalize-space()='Run 4 game days across business units']]"));
		gameDays.findElement(By.linkText("Check in")).click();
		type(By.id("value"), "2");
		browser.findElement(By.xpath("//label[normalize-space()='At risk']")).click();
		type(By.id("note"), "Two game days done; the third needs a second business unit.");
		browser.findElement(By.xpath("//button[normalize-space()='Record check-in']")).click();
		waitForText(By.cssSelector("[role=status]"), "Check-in on \"Run 4 game days across business units\" recorded");
		WebElement checkedIn = browser.findElement(By.xpath(
				"//section[contains(@class,'key-result')][.//h2[normalize-space()='Run 4 game days across business units']]"));
		assertThat(checkedIn.getText()).contains("At risk");
		checkedIn.findElement(By.cssSelector(".score-formula summary")).click();
		assertThat(checkedIn.findElement(By.cssSelector(".score-formula code")).getText())
			.isEqualTo("(2 − 0) ÷ (4 − 0) = 0.50");

		signOut();
		signIn(DemoPeople.MANAGER, DemoPeople.PASSWORD);
		waitForPath("/okrs/dashboard");
		assertThat(dashboardScoreOf(title)).isEqualTo("0.25");
		WebElement row = objectiveRow(title);
		assertThat(row.getText()).contains("At risk");
		assertThat(browser.findElements(By.linkText("Edit"))).isEmpty();
	}

	private static void keyResult(int row, String title, String kind, String owner, String unit, String baseline,
			String target) {
		type(By.id("keyResults" + row + ".title"), title);
		new Select(browser.findElement(By.id("keyResults" + row + ".kind"))).selectByVisibleText(kind);
		pick("keyResults[" + row + "].ownerId", owner, owner);
		new Select(browser.findElement(By.id("keyResults" + row + ".unit"))).selectByVisibleText(unit);
		type(By.id("keyResults" + row + ".baseline"), baseline);
		type(By.id("keyResults" + row + ".target"), target);
	}

	private static WebElement objectiveRow(String title) {
		return browser
			.findElement(By.xpath("//li[contains(@class,'objective-row')][.//a[normalize-space()='" + title + "']]"));
	}

	private static String dashboardScoreOf(String title) {
		return objectiveRow(title).findElement(By.cssSelector(".score-badge")).getText();
	}

	private void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForText(By.cssSelector("main"), "You have signed out");
	}

}
