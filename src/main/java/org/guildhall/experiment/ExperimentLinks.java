package org.guildhall.experiment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.backlog.BacklogItemLinks;
import org.guildhall.member.ProfileSection;
import org.guildhall.okr.KeyResultLinks;
import org.guildhall.web.Link;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows experiments where other features need them: behind key results and backlog items,
 * and on the profiles of their authors and co-authors, each named with where it stands.
 */
@Component
@Transactional(readOnly = true)
class ExperimentLinks implements KeyResultLinks, BacklogItemLinks, ProfileSection {

	private static final int ON_A_PROFILE = 5;

	private final ExperimentRepository experiments;

	ExperimentLinks(ExperimentRepository experiments) {
		this.experiments = experiments;
	}

	@Override
	public Map<Long, List<Link>> linksToKeyResults(Collection<Long> keyResultIds) {
		return keyResultIds.isEmpty() ? Map.of()
				: this.experiments.findByKeyResults(keyResultIds)
					.stream()
					.collect(Collectors.groupingBy(ExperimentRepository.Summary::getKeyResultId,
							Collectors.mapping(ExperimentLinks::link, Collectors.toList())));
	}

	@Override
	public Map<Long, List<Link>> linksToBacklogItems(Collection<Long> backlogItemIds) {
		return backlogItemIds.isEmpty() ? Map.of()
				: this.experiments.findByBacklogItems(backlogItemIds)
					.stream()
					.collect(Collectors.groupingBy(ExperimentRepository.Summary::getBacklogItemId,
							Collectors.mapping(ExperimentLinks::link, Collectors.toList())));
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Contents contentsFor(Long memberId) {
		return new Contents("Experiments",
				this.experiments.findByContributor(memberId, ON_A_PROFILE).stream().map(ExperimentLinks::link).toList(),
				this.experiments.countByContributor(memberId), "/experiments?author=" + memberId,
				"No experiments yet.");
	}

	static Link link(ExperimentRepository.Summary summary) {
		return link(summary.getId(), summary.getTitle(), summary.getStatus(), summary.getOutcome());
	}

	static Link link(Long id, String title, ExperimentStatus status, Outcome outcome) {
		return new Link(title, "/experiments/" + id,
				Stream.of(status.label(), (outcome != null) ? outcome.label().toLowerCase() : null)
					.filter((part) -> part != null)
					.collect(Collectors.joining(": ")));
	}

}
