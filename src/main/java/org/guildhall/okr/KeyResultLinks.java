package org.guildhall.okr;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.guildhall.web.Link;

/**
 * Work another feature links to key results, such as the experiments behind them. The OKR
 * module owns this interface so that it depends on none of the features that point at it.
 */
public interface KeyResultLinks {

	/** The links to each of these key results, in one statement. */
	Map<Long, List<Link>> linksToKeyResults(Collection<Long> keyResultIds);

}
