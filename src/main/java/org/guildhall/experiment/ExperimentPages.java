package org.guildhall.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.backlog.BacklogItems;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.web.Link;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading experiments: the list with its search and filters, and an experiment's story.
 */
@Service
@Transactional(readOnly = true)
class ExperimentPages {

	private final ExperimentRepository experiments;

	private final ExperimentSearch search;

	private final Members members;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final KeyResults keyResults;

	ExperimentPages(ExperimentRepository experiments, ExperimentSearch search, Members members, SkillService skills,
			BacklogItems backlogItems, KeyResults keyResults) {
		this.experiments = experiments;
		this.search = search;
		this.members = members;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.keyResults = keyResults;
	}

	/**
	 * A page of the list in three statements: the rows, their count and the authors'
	 * names.
	 */
	Page<ExperimentRow> page(ExperimentQuery query) {
		List<ExperimentRow> rows = this.search.find(query);
		Pageable pageable = PageRequest.of(query.page() - 1, ExperimentQuery.PAGE_SIZE);
		long total = (rows.size() < ExperimentQuery.PAGE_SIZE && (query.page() == 1 || !rows.isEmpty()))
				? query.offset() + rows.size() : this.search.count(query);
		Map<Long, String> names = this.members
			.namesOf(rows.stream().map(ExperimentRow::authorId).collect(Collectors.toSet()));
		List<ExperimentRow> named = rows.stream()
			.map((row) -> new ExperimentRow(row.id(), row.title(), row.kind(), row.service(), row.scope(), row.status(),
					row.outcome(), row.startedOn(), row.authorId(), names.get(row.authorId()), row.lesson(),
					row.withLesson(), row.createdAt()))
			.toList();
		return new PageImpl<>(named, pageable, total);
	}

	/** Everything the experiment's page tells, in a fixed number of statements. */
	ExperimentStory story(Long id) {
		Experiment experiment = this.experiments.findById(id)
			.orElseThrow(() -> new ExperimentService.ExperimentNotFoundException(id));
		Set<Long> people = new HashSet<>(experiment.getCoAuthorIds());
		people.add(experiment.getAuthorId());
		experiment.getPromotions()
			.stream()
			.map(Promotion::getPromotedBy)
			.filter((by) -> by != null)
			.forEach(people::add);
		Map<Long, String> names = this.members.namesOf(people);
		Map<Long, String> skillNames = this.skills.namesOf(experiment.getSkillIds());
		Link parent = (experiment.getParentId() != null) ? this.experiments.findById(experiment.getParentId())
			.map((found) -> ExperimentLinks.link(found.getId(), found.getTitle(), found.getStatus(),
					found.getOutcome()))
			.orElse(null) : null;
		List<Link> followUps = this.experiments.findFollowUps(id).stream().map(ExperimentLinks::link).toList();
		Link backlogItem = (experiment.getBacklogItemId() != null)
				? this.backlogItems.titlesOf(Set.of(experiment.getBacklogItemId()))
					.entrySet()
					.stream()
					.findFirst()
					.map((item) -> new Link(item.getValue(), "/backlog/" + item.getKey(), null))
					.orElse(null)
				: null;
		String keyResult = (experiment.getKeyResultId() != null)
				? this.keyResults.labelsOf(Set.of(experiment.getKeyResultId())).get(experiment.getKeyResultId()) : null;
		return new ExperimentStory(experiment, names.get(experiment.getAuthorId()),
				experiment.getCoAuthorIds().stream().map(names::get).sorted().toList(),
				experiment.getSkillIds().stream().map(skillNames::get).sorted().toList(), parent, followUps,
				backlogItem, keyResult,
				experiment.getPromotions()
					.stream()
					.map((promotion) -> new ExperimentStory.PromotionView(promotion,
							names.get(promotion.getPromotedBy())))
					.toList());
	}

}
