package org.guildhall.backlog;

import java.util.List;

import org.guildhall.web.Link;

/**
 * A backlog item with the names pages show beside it: its owner, the key result it
 * serves, its skills, whether the viewer voted for it, (on its own page) the work behind
 * it, and where it came from when another feature gave birth to it.
 */
public record BacklogRow(BacklogItem item, String ownerName, String keyResultLabel, List<String> skills,
		boolean votedByViewer, List<Link> work, Link origin) {
}
