package org.guildhall.member;

import java.time.ZoneId;

/**
 * What other features need to place a member: their name, the zone their day runs in,
 * their business unit, and whether they are in the core team.
 */
public record MemberCard(Long id, String name, String timeZone, String businessUnit, boolean coreTeam) {

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
