package org.guildhall.share;

import java.time.LocalDate;

import org.guildhall.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Shares knowledge for tests through the service the pages use.
 */
@Component
public class ShareFixtures {

	private final ShareService shares;

	ShareFixtures(ShareService shares) {
		this.shares = shares;
	}

	public KnowledgeShare shareOf(MemberPrincipal author, String title) {
		ShareForm form = ShareForm.blank(LocalDate.now(), null);
		form.setKind(ShareKind.HOW_TO);
		form.setTitle(title);
		form.setSummary("A summary");
		form.setBody("A body");
		return this.shares.share(author, form);
	}

}
