package org.guildhall.experiment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An experiment as a form: what it tries and where, the hypothesis, and the four stages
 * of Kolb's cycle (Markdown).
 */
class ExperimentForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotNull
	private ExperimentKind kind;

	@NotBlank
	@Size(max = 120)
	private String service;

	@NotBlank
	@Size(max = 5000)
	private String hypothesis;

	@NotNull
	private Scope scope = Scope.SANDBOX;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endedOn;

	@Size(max = 10000)
	private String concreteExperience;

	@Size(max = 10000)
	private String reflectiveObservation;

	@Size(max = 10000)
	private String abstractConceptualisation;

	@Size(max = 10000)
	private String activeExperimentation;

	@Size(max = 20)
	private List<Long> coAuthorIds = new ArrayList<>();

	@Size(max = 10)
	private List<Long> skillIds = new ArrayList<>();

	private Long parentId;

	private Long backlogItemId;

	private Long keyResultId;

	static ExperimentForm from(Experiment experiment) {
		ExperimentForm form = new ExperimentForm();
		form.id = experiment.getId();
		form.version = experiment.getVersion();
		form.title = experiment.getTitle();
		form.kind = experiment.getKind();
		form.service = experiment.getService();
		form.hypothesis = experiment.getHypothesis();
		form.scope = experiment.getScope();
		form.startedOn = experiment.getStartedOn();
		form.endedOn = experiment.getEndedOn();
		form.concreteExperience = experiment.getConcreteExperience();
		form.reflectiveObservation = experiment.getReflectiveObservation();
		form.abstractConceptualisation = experiment.getAbstractConceptualisation();
		form.activeExperimentation = experiment.getActiveExperimentation();
		form.coAuthorIds = new ArrayList<>(experiment.getCoAuthorIds());
		form.skillIds = new ArrayList<>(experiment.getSkillIds());
		form.parentId = experiment.getParentId();
		form.backlogItemId = experiment.getBacklogItemId();
		form.keyResultId = experiment.getKeyResultId();
		return form;
	}

	/**
	 * The next experiment of a chain, pre-filled from what its parent concluded: its plan
	 * for what to try next becomes the new hypothesis.
	 */
	static ExperimentForm followUp(Experiment parent) {
		ExperimentForm form = new ExperimentForm();
		form.title = ("Next: " + parent.getTitle()).substring(0, Math.min(150, 6 + parent.getTitle().length()));
		form.kind = parent.getKind();
		form.service = parent.getService();
		form.hypothesis = (parent.getActiveExperimentation() != null) ? parent.getActiveExperimentation()
				: parent.getHypothesis();
		form.scope = parent.getScope();
		form.concreteExperience = null;
		form.skillIds = new ArrayList<>(parent.getSkillIds());
		form.coAuthorIds = new ArrayList<>(parent.getCoAuthorIds());
		form.parentId = parent.getId();
		form.backlogItemId = parent.getBacklogItemId();
		form.keyResultId = parent.getKeyResultId();
		return form;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ExperimentKind getKind() {
		return this.kind;
	}

	public void setKind(ExperimentKind kind) {
		this.kind = kind;
	}

	public String getService() {
		return this.service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public String getHypothesis() {
		return this.hypothesis;
	}

	public void setHypothesis(String hypothesis) {
		this.hypothesis = hypothesis;
	}

	public Scope getScope() {
		return this.scope;
	}

	public void setScope(Scope scope) {
		this.scope = scope;
	}

	public LocalDate getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getEndedOn() {
		return this.endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public String getConcreteExperience() {
		return this.concreteExperience;
	}

	public void setConcreteExperience(String concreteExperience) {
		this.concreteExperience = concreteExperience;
	}

	public String getReflectiveObservation() {
		return this.reflectiveObservation;
	}

	public void setReflectiveObservation(String reflectiveObservation) {
		this.reflectiveObservation = reflectiveObservation;
	}

	public String getAbstractConceptualisation() {
		return this.abstractConceptualisation;
	}

	public void setAbstractConceptualisation(String abstractConceptualisation) {
		this.abstractConceptualisation = abstractConceptualisation;
	}

	public String getActiveExperimentation() {
		return this.activeExperimentation;
	}

	public void setActiveExperimentation(String activeExperimentation) {
		this.activeExperimentation = activeExperimentation;
	}

	public List<Long> getCoAuthorIds() {
		return this.coAuthorIds;
	}

	public void setCoAuthorIds(List<Long> coAuthorIds) {
		this.coAuthorIds = (coAuthorIds != null) ? coAuthorIds : new ArrayList<>();
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public Long getBacklogItemId() {
		return this.backlogItemId;
	}

	public void setBacklogItemId(Long backlogItemId) {
		this.backlogItemId = backlogItemId;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public void setKeyResultId(Long keyResultId) {
		this.keyResultId = keyResultId;
	}

}
