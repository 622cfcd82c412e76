package org.guildhall.experiment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.guildhall.backlog.BacklogItemLinks;
import org.guildhall.member.ProfileSection;
import org.guildhall.okr.KeyResultLinks;
import org.guildhall.web.Link;

import org.springframework.stereotype.Component;

/**
 * Shows experiments where other features need them: behind key results and backlog items,
 * and on the profiles of their authors and co-authors.
 */
@Component
class ExperimentLinks implements KeyResultLinks, BacklogItemLinks, ProfileSection {

	private static final int ON_A_PROFILE = 5;

	private final ExperimentService experiments;

	ExperimentLinks(ExperimentService experiments) {
		this.experiments = experiments;
	}

	@Override
	public Map<Long, List<Link>> linksToKeyResults(Collection<Long> keyResultIds) {
		return this.experiments.byKeyResults(keyResultIds);
	}

	@Override
	public Map<Long, List<Link>> linksToBacklogItems(Collection<Long> backlogItemIds) {
		return this.experiments.byBacklogItems(backlogItemIds);
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Contents contentsFor(Long memberId) {
		return new Contents("Experiments", this.experiments.byContributor(memberId, ON_A_PROFILE),
				this.experiments.countByContributor(memberId), "/experiments?author=" + memberId,
				"No experiments yet.");
	}

}
