package org.guildhall.experiment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An experiment, recorded along Kolb's cycle: what we did and what happened (concrete
 * experience), what went well and what didn't (reflective observation), what we conclude
 * (abstract conceptualisation, the lesson) and what we try next (active experimentation).
 * It moves from planned to running to concluded with an outcome, and climbs the scope
 * ladder one rung at a time with evidence.
 */
@Entity
@Table(name = "experiments")
@EntityListeners(AuditingEntityListener.class)
public class Experiment extends AbstractAggregateRoot<Experiment> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 150)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ExperimentKind kind;

	@Column(nullable = false, length = 120)
	private String service;

	@Column(nullable = false)
	private String hypothesis;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Scope scope = Scope.SANDBOX;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ExperimentStatus status = ExperimentStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Outcome outcome;

	private LocalDate startedOn;

	private LocalDate endedOn;

	private String concreteExperience;

	private String reflectiveObservation;

	private String abstractConceptualisation;

	private String activeExperimentation;

	private String method;

	@Column(nullable = false, length = 16)
	private String origin = "MANUAL";

	@Column(nullable = false, updatable = false)
	private Long authorId;

	private Long parentId;

	private Long backlogItemId;

	private Long keyResultId;

	private Instant concludedAt;

	@ElementCollection
	@CollectionTable(name = "experiment_co_authors", joinColumns = @JoinColumn(name = "experiment_id"))
	@Column(name = "member_id")
	private Set<Long> coAuthorIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "experiment_skills", joinColumns = @JoinColumn(name = "experiment_id"))
	@Column(name = "skill_id")
	private Set<Long> skillIds = new HashSet<>();

	@OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("promotedAt")
	private List<Promotion> promotions = new ArrayList<>();

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected Experiment() {
	}

	Experiment(Long authorId, String title, ExperimentKind kind, String service, String hypothesis, Scope scope) {
		this.authorId = authorId;
		this.scope = scope;
		describe(title, kind, service, hypothesis);
	}

	/** The announcement of the experiment, once its first save gave it an id. */
	ExperimentLogged logged(Instant now) {
		return new ExperimentLogged(this.id, this.authorId, Set.copyOf(this.coAuthorIds), this.kind, now);
	}

	void describe(String title, ExperimentKind kind, String service, String hypothesis) {
		this.title = title.strip();
		this.kind = kind;
		this.service = service.strip();
		this.hypothesis = hypothesis.strip();
	}

	/** The four stages of Kolb's cycle, and the method followed. */
	void reflect(String concreteExperience, String reflectiveObservation, String abstractConceptualisation,
			String activeExperimentation) {
		this.concreteExperience = text(concreteExperience);
		this.reflectiveObservation = text(reflectiveObservation);
		this.abstractConceptualisation = text(abstractConceptualisation);
		this.activeExperimentation = text(activeExperimentation);
	}

	void followMethod(String method) {
		this.method = text(method);
	}

	void importedFrom(String origin) {
		this.origin = origin;
	}

	void schedule(LocalDate startedOn, LocalDate endedOn) {
		if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
			throw new IllegalArgumentException("An experiment ends on or after the day it starts");
		}
		this.startedOn = startedOn;
		this.endedOn = endedOn;
	}

	void link(Long parentId, Long backlogItemId, Long keyResultId) {
		if (parentId != null && parentId.equals(this.id)) {
			throw new IllegalArgumentException("An experiment cannot follow itself");
		}
		this.parentId = parentId;
		this.backlogItemId = backlogItemId;
		this.keyResultId = keyResultId;
	}

	void credit(Set<Long> coAuthorIds, Set<Long> skillIds) {
		this.coAuthorIds.clear();
		coAuthorIds.stream().filter((coAuthor) -> !coAuthor.equals(this.authorId)).forEach(this.coAuthorIds::add);
		this.skillIds.clear();
		this.skillIds.addAll(skillIds);
	}

	/** Planned to running. */
	void start(LocalDate on) {
		if (this.status != ExperimentStatus.PLANNED) {
			throw new ExperimentRuleException("status", "experiment.start.notPlanned");
		}
		this.status = ExperimentStatus.RUNNING;
		if (this.startedOn == null) {
			this.startedOn = on;
		}
	}

	/**
	 * Running (or planned, for a record written afterwards) to concluded: never without
	 * an outcome.
	 */
	void conclude(Outcome outcome, LocalDate endedOn, Instant now) {
		if (outcome == null) {
			throw new ExperimentRuleException("outcome", "experiment.conclude.outcome");
		}
		if (this.status == ExperimentStatus.CONCLUDED) {
			throw new ExperimentRuleException("outcome", "experiment.conclude.already");
		}
		this.status = ExperimentStatus.CONCLUDED;
		this.outcome = outcome;
		this.concludedAt = now;
		schedule(this.startedOn, (endedOn != null) ? endedOn : this.endedOn);
		registerEvent(new ExperimentConcluded(this.id, this.authorId, Set.copyOf(this.coAuthorIds), outcome,
				hasLesson(), now));
	}

	/**
	 * One rung up the scope ladder, only with evidence: a note and a confirmed result at
	 * the current rung.
	 */
	void promote(Outcome resultHere, String evidence, Instant now, Long by) {
		Scope next = this.scope.next()
			.orElseThrow(() -> new ExperimentRuleException("result", "experiment.promote.top"));
		if (resultHere != Outcome.CONFIRMED) {
			throw new ExperimentRuleException("result", "experiment.promote.notConfirmed");
		}
		if (evidence == null || evidence.isBlank()) {
			throw new ExperimentRuleException("evidence", "experiment.promote.evidence");
		}
		this.promotions.add(new Promotion(this, this.scope, next, resultHere, evidence, now, by));
		registerEvent(new ExperimentPromoted(this.id, this.authorId, this.scope, next, now));
		this.scope = next;
	}

	public boolean hasLesson() {
		return this.abstractConceptualisation != null;
	}

	/**
	 * A refuted hypothesis with a lesson: the community celebrates it like a confirmed
	 * one.
	 */
	public boolean isCelebrated() {
		return this.outcome == Outcome.CONFIRMED || (this.outcome == Outcome.REFUTED && hasLesson());
	}

	public boolean isEditableBy(Long memberId) {
		return this.authorId.equals(memberId) || this.coAuthorIds.contains(memberId);
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getTitle() {
		return this.title;
	}

	public ExperimentKind getKind() {
		return this.kind;
	}

	public String getService() {
		return this.service;
	}

	public String getHypothesis() {
		return this.hypothesis;
	}

	public Scope getScope() {
		return this.scope;
	}

	public ExperimentStatus getStatus() {
		return this.status;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public String getConcreteExperience() {
		return this.concreteExperience;
	}

	public String getReflectiveObservation() {
		return this.reflectiveObservation;
	}

	public String getAbstractConceptualisation() {
		return this.abstractConceptualisation;
	}

	public String getActiveExperimentation() {
		return this.activeExperimentation;
	}

	public String getMethod() {
		return this.method;
	}

	public String getOrigin() {
		return this.origin;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public Long getBacklogItemId() {
		return this.backlogItemId;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public Set<Long> getCoAuthorIds() {
		return Collections.unmodifiableSet(this.coAuthorIds);
	}

	public Set<Long> getSkillIds() {
		return Collections.unmodifiableSet(this.skillIds);
	}

	public List<Promotion> getPromotions() {
		return Collections.unmodifiableList(this.promotions);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
