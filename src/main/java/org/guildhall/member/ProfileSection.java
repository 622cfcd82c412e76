package org.guildhall.member;

import java.util.List;

import org.guildhall.web.Link;

/**
 * A section of a member's profile that another feature fills, such as their experiments
 * or their knowledge shares. The member module owns this interface so that it depends on
 * no feature that lists things on a profile.
 */
public interface ProfileSection {

	/** Where the section appears on the profile: lower first. */
	int order();

	/** The section's contents for one member, in a fixed number of statements. */
	Contents contentsFor(Long memberId);

	/**
	 * A heading, the newest few links, how many there are in all, and where to see them
	 * all.
	 */
	record Contents(String heading, List<Link> links, long total, String allUrl, String emptyText) {
	}

}
