package org.guildhall.backlog;

import java.util.Collection;
import java.util.Map;

import org.guildhall.web.Link;

/**
 * Where backlog items came from, when another feature gave birth to them, such as an
 * expectation members wrote in a survey ("you said → we did"). The backlog owns this
 * interface so that it depends on none of those features.
 */
public interface BacklogItemOrigins {

	/** The origin of each of these items that has one, in one statement. */
	Map<Long, Link> originsOf(Collection<Long> backlogItemIds);

}
