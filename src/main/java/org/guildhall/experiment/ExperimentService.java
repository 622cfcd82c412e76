package org.guildhall.experiment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.backlog.BacklogService;
import org.guildhall.member.MemberPrincipal;
import org.guildhall.member.MemberService;
import org.guildhall.member.SkillService;
import org.guildhall.okr.OkrService;
import org.guildhall.web.Link;
import org.guildhall.web.NotFoundException;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experiments: logging them along Kolb's cycle, moving them from planned to concluded,
 * promoting them up the scope ladder, chaining them, and importing Chaos Toolkit
 * journals.
 */
@Service
@Transactional(readOnly = true)
public class ExperimentService {

	private final ExperimentRepository experiments;

	private final ExperimentSearch search;

	private final MemberService members;

	private final SkillService skills;

	private final BacklogService backlog;

	private final OkrService okrs;

	private final ObjectMapper json;

	private final Clock clock;

	ExperimentService(ExperimentRepository experiments, ExperimentSearch search, MemberService members,
			SkillService skills, BacklogService backlog, OkrService okrs, ObjectMapper json, Clock clock) {
		this.experiments = experiments;
		this.search = search;
		this.members = members;
		this.skills = skills;
		this.backlog = backlog;
		this.okrs = okrs;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A page of the list in three statements: the rows, their count and the authors'
	 * names.
	 */
	public Page<ExperimentRow> page(ExperimentQuery query) {
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

	public Experiment find(Long id) {
		return this.experiments.findById(id).orElseThrow(() -> new ExperimentNotFoundException(id));
	}

	/** Everything the experiment's page tells, in a fixed number of statements. */
	public ExperimentStory story(Long id) {
		Experiment experiment = find(id);
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
			.map((found) -> link(found.getId(), found.getTitle(), found.getStatus(), found.getOutcome()))
			.orElse(null) : null;
		List<Link> followUps = this.experiments.findFollowUps(id).stream().map(ExperimentService::link).toList();
		Link backlogItem = (experiment.getBacklogItemId() != null)
				? this.backlog.titlesOf(Set.of(experiment.getBacklogItemId()))
					.entrySet()
					.stream()
					.findFirst()
					.map((item) -> new Link(item.getValue(), "/backlog/" + item.getKey(), null))
					.orElse(null)
				: null;
		String keyResult = (experiment.getKeyResultId() != null)
				? this.okrs.keyResultLabels(Set.of(experiment.getKeyResultId())).get(experiment.getKeyResultId())
				: null;
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
		Experiment saved = this.experiments.saveAndFlush(experiment);
		saved.logged(this.clock.instant());
		return this.experiments.save(saved);
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
		Experiment saved = this.experiments.saveAndFlush(experiment);
		saved.logged(this.clock.instant());
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

	// What other features show of experiments

	/** Experiments linked to these key results, named and with where they stand. */
	Map<Long, List<Link>> byKeyResults(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.experiments.findByKeyResults(ids)
					.stream()
					.collect(Collectors.groupingBy(ExperimentRepository.Summary::getKeyResultId,
							Collectors.mapping(ExperimentService::link, Collectors.toList())));
	}

	Map<Long, List<Link>> byBacklogItems(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.experiments.findByBacklogItems(ids)
					.stream()
					.collect(Collectors.groupingBy(ExperimentRepository.Summary::getBacklogItemId,
							Collectors.mapping(ExperimentService::link, Collectors.toList())));
	}

	List<Link> byContributor(Long memberId, int newest) {
		return this.experiments.findByContributor(memberId, newest).stream().map(ExperimentService::link).toList();
	}

	long countByContributor(Long memberId) {
		return this.experiments.countByContributor(memberId);
	}

	/** Experiments offered as the origin of a knowledge share: the newest first. */
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

	private void check(ExperimentForm form) {
		if (form.getStartedOn() != null && form.getEndedOn() != null
				&& form.getEndedOn().isBefore(form.getStartedOn())) {
			throw new RuleViolationException("endedOn", "experiment.dates.order");
		}
		if (!this.members.areContributors(form.getCoAuthorIds())) {
			throw new RuleViolationException("coAuthorIds", "okr.owner.notContributor");
		}
		if (!this.skills.namesOf(form.getSkillIds()).keySet().containsAll(form.getSkillIds())) {
			throw new RuleViolationException("skillIds", "backlog.skill.unknown");
		}
		if (form.getBacklogItemId() != null && !this.backlog.exists(form.getBacklogItemId())) {
			throw new RuleViolationException("backlogItemId", "experiment.backlogItem.unknown");
		}
		if (form.getKeyResultId() != null && !this.okrs.keyResultExists(form.getKeyResultId())) {
			throw new RuleViolationException("keyResultId", "backlog.keyResult.unknown");
		}
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

	private static Link link(ExperimentRepository.Summary summary) {
		return link(summary.getId(), summary.getTitle(), summary.getStatus(), summary.getOutcome());
	}

	private static Link link(Long id, String title, ExperimentStatus status, Outcome outcome) {
		return new Link(title, "/experiments/" + id,
				Stream.of(status.label(), (outcome != null) ? outcome.label().toLowerCase() : null)
					.filter((part) -> part != null)
					.collect(Collectors.joining(": ")));
	}

	/** No experiment has the id a URL names. */
	static class ExperimentNotFoundException extends NotFoundException {

		ExperimentNotFoundException(Long id) {
			super("No experiment " + id);
		}

	}

}
