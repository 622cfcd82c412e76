package org.guildhall.backlog;

import java.time.Duration;
import java.util.List;

import org.guildhall.member.Member;
import org.guildhall.member.MemberFixtures;
import org.guildhall.member.Role;
import org.guildhall.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog list's buttons share one form, each naming its own action: a lead votes for
 * an item and moves another up, in a real browser.
 */
class BacklogJourneyTests extends BrowserJourney {

	private static final String PASSWORD = "a passphrase for the backlog";

	@Autowired
	MemberFixtures members;

	@Autowired
	BacklogFixtures backlog;

	@Test
	void aLeadVotesForOneItemAndMovesAnotherUpFromTheList() {
		Member lead = this.members.withPassword(this.members.create("Backlog Lead", Role.LEAD), PASSWORD);
		String first = "Chaos game day kit " + System.nanoTime();
		String second = "Runbook templates " + System.nanoTime();
		this.backlog.raise(this.members.principal(lead.getEmail()), first, BacklogItemType.OTHER, List.of());
		this.backlog.raise(this.members.principal(lead.getEmail()), second, BacklogItemType.OTHER, List.of());
		signIn(lead.getEmail(), PASSWORD);

		open("/backlog?owner=" + lead.getId());
		assertThat(titles()).containsExactly(first, second);
		browser.findElement(By.cssSelector("[aria-label='Vote for " + first + "']")).click();
		waitForText(By.cssSelector("#backlog-items li:first-child .votes"), "Voted ✓");
		assertThat(browser.findElement(By.cssSelector("#backlog-items li:first-child .votes")).getText())
			.contains("1 vote");

		browser.findElement(By.cssSelector("[aria-label='Move " + second + " up']")).click();
		waitUpTo(Duration.ofSeconds(10)).until((driver) -> titles().equals(List.of(second, first)));
		assertThat(currentPath()).startsWith("/backlog?owner=" + lead.getId());
	}

	private static List<String> titles() {
		return browser.findElements(By.cssSelector("#backlog-items li a.fw-semibold"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
