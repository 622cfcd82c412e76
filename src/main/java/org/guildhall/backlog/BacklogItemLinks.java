package org.guildhall.backlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.guildhall.web.Link;

/**
 * Work another feature links to backlog items, such as the experiments behind them. The
 * backlog owns this interface so that it depends on none of the features that point at
 * it.
 */
public interface BacklogItemLinks {

	/** The links to each of these items, in one statement. */
	Map<Long, List<Link>> linksToBacklogItems(Collection<Long> backlogItemIds);

}
