package org.guildhall.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a picker finds what it offers. Each module that owns a kind of thing people
 * choose in forms (members, key results, backlog items) implements it once; the pickers
 * of every form and filter use it, so no page lists all of them.
 */
public interface PickSource {

	/** The kind this source answers for, as pickers and the search URL name it. */
	PickKind kind();

	/** At most {@code limit} matches for what was typed, best first. */
	List<Pick> search(String typed, int limit);

	/** These, by id, in one statement; ids that name nothing are left out. */
	Map<Long, Pick> picksOf(Collection<Long> ids);

}
