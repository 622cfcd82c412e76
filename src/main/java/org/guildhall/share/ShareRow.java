package org.guildhall.share;

import java.util.List;

/**
 * A knowledge share with the names pages show beside it.
 */
record ShareRow(KnowledgeShare share, String authorName, List<String> people, List<String> skills,
		String experimentTitle) {
}
