package org.guildhall.league;

import java.time.Duration;
import java.util.Map;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class LeagueJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for the league";

	@Autowired
	MemberFixtures members;

	@Test
	void aSidekickFindsAHeroGrowsAndBecomesTheHeroOfSomeoneElse() {
		String run = Long.toString(System.nanoTime(), 36);
		String skill = "Load shedding " + run;
		this.members.createSkill(skill);
		Member lead = this.members.withPassword(this.members.create("League Lead " + run, Role.LEAD), PASSWORD);
		Member hero = this.members.withPassword(this.members.create("Hero " + run, Role.MEMBER), PASSWORD);
		Member sidekick = this.members.withPassword(this.members.create("Sidekick " + run, Role.MEMBER), PASSWORD);
		Member learner = this.members.create("Learner " + run, Role.MEMBER);
		this.members.giveSkills(hero, Map.of(skill, 5));
		this.members.giveSkills(sidekick, Map.of(skill, 2));
		this.members.giveSkills(learner, Map.of(skill, 1));

		signIn(sidekick.getEmail(), PASSWORD);
		waitForPath("/members/" + sidekick.getId());
		open("/league/suggestions");
		browser.findElement(By.xpath("//label[normalize-space()='" + skill + "']")).click();
		browser.findElement(By.xpath("//button[normalize-space()='Suggest heroes']")).click();
		waitForText(By.id("suggestions"), hero.getName());
		assertThat(browser.findElement(By.id("suggestions")).getText()).as("the score's parts, not just a rank")
			.contains("Skills 40/40: " + skill)
			.contains("Shared hours 30/30")
			.contains("Free places 15/15: 2 of 2")
			.contains("Other business unit 15/15");
		browser.findElement(By.linkText("Ask " + hero.getName())).click();
		waitForPath("/league/pairings/new");
		assertThat(browser.findElement(By.id("heroId-chosen")).getText()).as("the suggested hero is chosen")
			.contains(hero.getName());
		type(By.id("agreement"), "An hour every Thursday on video, on real on-call tickets");
		browser.findElement(By.xpath("//button[normalize-space()='Ask']")).click();
		waitForText(By.id("pairing-status"), "Requested");
		String pairingPath = currentPath();
		signOut();

		signIn(lead.getEmail(), PASSWORD);
		waitForPath("/members");
		open(pairingPath);
		browser.findElement(By.xpath("//button[normalize-space()='Approve: start the pairing']")).click();
		waitForText(By.id("pairing-status"), "Active");
		signOut();

		signIn(hero.getEmail(), PASSWORD);
		waitForPath("/members/" + hero.getId());
		open(pairingPath);
		type(By.id("text"), "Shed load on the checkout service during a game day");
		type(By.id("nextStep"), "Run it alone next week");
		new Select(browser.findElement(By.id("raiseSkillId"))).selectByVisibleText(skill);
		new Select(browser.findElement(By.id("raiseToLevel"))).selectByVisibleText("level 4");
		type(By.id("raiseNote"), "Chose the shedding thresholds without help");
		browser.findElement(By.xpath("//button[normalize-space()='Record the check-in']")).click();
		waitForText(By.id("raises"), skill + ": 2 → 4. Chose the shedding thresholds without help");
		assertThat(browser.findElement(By.id("check-ins")).getText()).contains("Run it alone next week");
		type(By.id("close-text"), "Ready to teach it");
		browser.findElement(By.xpath("//button[normalize-space()='Complete']")).click();
		waitForText(By.id("pairing-status"), "Completed");
		signOut();

		signIn(sidekick.getEmail(), PASSWORD);
		waitForPath("/members/" + sidekick.getId());
		assertThat(browser.findElement(By.xpath("//li[contains(., '" + skill + "')]")).getText())
			.as("the raise reached the profile")
			.contains("4 · Proficient");
		open("/league/pairings/new");
		pick("heroId", sidekick.getName(), sidekick.getName());
		pick("sidekickId", learner.getName(), learner.getName());
		new Select(browser.findElement(By.id("goals0.skillId"))).selectByVisibleText(skill);
		new Select(browser.findElement(By.id("goals0.toLevel"))).selectByVisibleText("to level 3");
		browser.findElement(By.xpath("//button[normalize-space()='Ask']")).click();
		waitForText(By.id("pairing-status"), "Requested");
		String secondPairingPath = currentPath();
		signOut();

		signIn(lead.getEmail(), PASSWORD);
		waitForPath("/members");
		open(secondPairingPath);
		browser.findElement(By.xpath("//button[normalize-space()='Approve: start the pairing']")).click();
		waitForText(By.id("pairing-status"), "Active");
		signOut();

		signIn(sidekick.getEmail(), PASSWORD);
		waitForPath("/members/" + sidekick.getId());
		open("/league");
		// Points follow the approval's commit on another thread.
		waitUpTo(Duration.ofSeconds(15)).until((driver) -> {
			driver.navigate().refresh();
			return driver.findElement(By.id("main")).getText().contains("Became a hero");
		});
		assertThat(browser.findElement(By.id("badges")).getText()).contains("Became a hero");
		assertThat(browser.findElement(By.id("recent-points")).getText()).contains("Become a hero").contains("100");
		signOut();

		signIn(hero.getEmail(), PASSWORD);
		waitForPath("/members/" + hero.getId());
		open("/league");
		waitUpTo(Duration.ofSeconds(15)).until((driver) -> {
			driver.navigate().refresh();
			return driver.findElement(By.id("main")).getText().contains("Hero maker");
		});
		assertThat(browser.findElement(By.id("recent-points")).getText()).as("credited to the former hero too")
			.contains("Make a hero +50");
	}

	private void signOut() {
		browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waitForPath("/login");
	}

}
