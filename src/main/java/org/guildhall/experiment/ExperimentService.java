package org.guildhall.experiment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;

import org.guildhall.backlog.BacklogItems;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.Members;
import org.guildhall.member.SkillService;
import org.guildhall.okr.KeyResults;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing experiments: logging them along Kolb's cycle, moving them from planned to
 * concluded, promoting them up the scope ladder, chaining them, and importing Chaos
 * Toolkit journals.
 */
@Service
@Transactional(readOnly = true)
class ExperimentService {

	private final ApplicationEventPublisher events;

	private final ExperimentRepository experiments;

	private final Members members;

	private final SkillService skills;

	private final BacklogItems backlogItems;

	private final KeyResults keyResults;

	private final ObjectMapper json;

	private final Clock clock;

	ExperimentService(ExperimentRepository experiments, Members members, SkillService skills, BacklogItems backlogItems,
			KeyResults keyResults, ObjectMapper json, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.experiments = experiments;
		this.members = members;
		this.skills = skills;
		this.backlogItems = backlogItems;
		this.keyResults = keyResults;
		this.json = json;
		this.clock = clock;
	}

	public Experiment find(Long id) {
		return this.experiments.findById(id).orElseThrow(() -> new ExperimentNotFoundException(id));
	}

	/** The form of the experiment that follows this one, pre-filled from its lesson. */
	ExperimentForm followUpOf(Long parentId) {
		return ExperimentForm.followUp(find(parentId));
	}

	@Transactional
	public Experiment log(MemberPrincipal author, ExperimentForm form) {
		check(form);
		Experiment experiment = new Experiment(author.id(), form.getTitle(), form.getKind(), form.getService(),
				form.getHypothesis(), form.getScope());
		apply(experiment, form);
		Experiment saved = this.experiments.save(experiment);
		this.events.publishEvent(saved.logged(this.clock.instant()));
		return saved;
	}

	@Transactional
	public Experiment update(MemberPrincipal actor, Long id, ExperimentForm form) {
		Experiment experiment = editable(actor, id);
		Versions.requireCurrent(Experiment.class, id, experiment.getVersion(), form.getVersion());
		check(form);
		if (id.equals(form.getParentId())) {
			throw new RuleViolationException("parentId", "experiment.parent.self");
		}
		experiment.describe(form.getTitle(), form.getKind(), form.getService(), form.getHypothesis());
		apply(experiment, form);
		return this.experiments.saveAndFlush(experiment);
	}

	@Transactional
	public void start(MemberPrincipal actor, Long id) {
		Experiment experiment = editable(actor, id);
		experiment.start(LocalDate.now(this.clock));
		this.experiments.save(experiment);
	}

	@Transactional
	public void conclude(MemberPrincipal actor, Long id, ConclusionForm form) {
		Experiment experiment = editable(actor, id);
		Versions.requireCurrent(Experiment.class, id, experiment.getVersion(), form.getVersion());
		experiment.reflect(experiment.getConcreteExperience(), experiment.getReflectiveObservation(),
				form.getAbstractConceptualisation(), form.getActiveExperimentation());
		experiment.conclude(form.getOutcome(), form.getEndedOn(), this.clock.instant());
		this.experiments.save(experiment);
	}

	@Transactional
	public void promote(MemberPrincipal actor, Long id, PromotionForm form) {
		Experiment experiment = editable(actor, id);
		experiment.promote(form.getResult(), form.getEvidence(), this.clock.instant(), actor.id());
		this.experiments.save(experiment);
	}

	/**
	 * Creates a concluded chaos experiment from a Chaos Toolkit journal, or nothing at
	 * all.
	 */
	@Transactional
	public Experiment importJournal(MemberPrincipal author, byte[] journal, String service) {
		if (service == null || service.isBlank() || service.strip().length() > 120) {
			throw new RuleViolationException("service", "experiment.import.service");
		}
		ChaosToolkitJournal read = ChaosToolkitJournal.read(journal, this.json);
		Experiment experiment = new Experiment(author.id(), read.title(), ExperimentKind.CHAOS_EXPERIMENT, service,
				read.hypothesis(), Scope.SANDBOX);
		experiment.followMethod(read.method());
		experiment.reflect(read.experience(), null, null, null);
		experiment.schedule(read.startedOn(), read.endedOn());
		experiment.importedFrom("CHAOS_TOOLKIT");
		Experiment saved = this.experiments.save(experiment);
		this.events.publishEvent(saved.logged(this.clock.instant()));
		saved.conclude(read.outcome(), read.endedOn(), this.clock.instant());
		return this.experiments.save(saved);
	}

	ExperimentForm editForm(MemberPrincipal actor, Long id) {
		return ExperimentForm.from(editable(actor, id));
	}

	/**
	 * The experiment an actor may change: its author's and co-authors', or any for a
	 * lead.
	 */
	Experiment editable(MemberPrincipal actor, Long id) {
		Experiment experiment = find(id);
		if (!actor.isLead() && !experiment.isEditableBy(actor.id())) {
			throw new AccessDeniedException("Only an experiment's authors or a lead change it");
		}
		return experiment;
	}

	private void check(ExperimentForm form) {
		if (form.getStartedOn() != null && form.getEndedOn() != null
				&& form.getEndedOn().isBefore(form.getStartedOn())) {
			throw new RuleViolationException("endedOn", "experiment.dates.order");
		}
		this.members.requireContributors("coAuthorIds", form.getCoAuthorIds());
		this.skills.requireKnown("skillIds", form.getSkillIds());
		this.backlogItems.requireKnown("backlogItemId", form.getBacklogItemId());
		this.keyResults.requireKnown("keyResultId", form.getKeyResultId());
		if (form.getParentId() != null && !this.experiments.existsById(form.getParentId())) {
			throw new RuleViolationException("parentId", "experiment.parent.unknown");
		}
	}

	private static void apply(Experiment experiment, ExperimentForm form) {
		experiment.reflect(form.getConcreteExperience(), form.getReflectiveObservation(),
				form.getAbstractConceptualisation(), form.getActiveExperimentation());
		experiment.schedule(form.getStartedOn(), form.getEndedOn());
		experiment.link(form.getParentId(), form.getBacklogItemId(), form.getKeyResultId());
		experiment.credit(new HashSet<>(form.getCoAuthorIds()), new HashSet<>(form.getSkillIds()));
	}

	/** No experiment has the id a URL names. */
	static class ExperimentNotFoundException extends NotFoundException {

		ExperimentNotFoundException(Long id) {
			super("No experiment " + id);
		}

	}

}
