package org.guildhall.experiment;

import java.util.List;

import org.guildhall.member.MemberPrincipal;

import org.springframework.stereotype.Component;

/**
 * Logs experiments for tests through the service the pages use.
 */
@Component
public class ExperimentFixtures {

	private final ExperimentService experiments;

	private final ExperimentPages pages;

	ExperimentFixtures(ExperimentService experiments, ExperimentPages pages) {
		this.experiments = experiments;
		this.pages = pages;
	}

	public Experiment log(MemberPrincipal author, String title, String service) {
		return log(author, title, service, List.of(), null, null);
	}

	public Experiment log(MemberPrincipal author, String title, String service, List<Long> coAuthors, Long backlogItem,
			Long keyResult) {
		ExperimentForm form = new ExperimentForm();
		form.setTitle(title);
		form.setKind(ExperimentKind.CHAOS_EXPERIMENT);
		form.setService(service);
		form.setHypothesis("Checkout stays available while one pod of three is killed.");
		form.setCoAuthorIds(coAuthors);
		form.setBacklogItemId(backlogItem);
		form.setKeyResultId(keyResult);
		return this.experiments.log(author, form);
	}

	public ExperimentStory story(Long id) {
		return this.pages.story(id);
	}

}
