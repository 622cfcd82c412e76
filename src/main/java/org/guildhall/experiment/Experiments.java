package org.guildhall.experiment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.web.RuleViolationException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of experiments: the newest to choose from, their titles, and
 * whether the one a form names exists.
 */
@Service
@Transactional(readOnly = true)
public class Experiments {

	/** The one message for an experiment a form names that does not exist. */
	static final String UNKNOWN = "experiment.unknown";

	private final ExperimentRepository experiments;

	Experiments(ExperimentRepository experiments) {
		this.experiments = experiments;
	}

	/** The newest experiments, to choose one from. */
	public List<ExperimentChoice> recent(int newest) {
		return this.experiments.findRecent(PageRequest.of(0, newest))
			.stream()
			.map((summary) -> new ExperimentChoice(summary.getId(), summary.getTitle()))
			.toList();
	}

	public Map<Long, String> titlesOf(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.experiments.findAllById(ids)
					.stream()
					.collect(Collectors.toMap(Experiment::getId, Experiment::getTitle));
	}

	/** Refuses, next to the field, an experiment that does not exist; none is fine. */
	public void requireKnown(String field, Long id) {
		if (id != null && !this.experiments.existsById(id)) {
			throw new RuleViolationException(field, UNKNOWN);
		}
	}

}
