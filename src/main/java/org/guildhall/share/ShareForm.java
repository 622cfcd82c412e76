package org.guildhall.share;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A knowledge share as a form.
 */
class ShareForm {

	private Long id;

	private Long version;

	@NotNull
	private ShareKind kind;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotBlank
	@Size(max = 500)
	private String summary;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{share.link.format}")
	private String link;

	@Size(max = 20000)
	private String body;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sharedOn;

	private Long experimentId;

	@Size(max = 10)
	private List<Long> skillIds = new ArrayList<>();

	@Size(max = 20)
	private List<Long> peopleIds = new ArrayList<>();

	static ShareForm blank(LocalDate today, Long experimentId) {
		ShareForm form = new ShareForm();
		form.sharedOn = today;
		form.experimentId = experimentId;
		return form;
	}

	static ShareForm from(KnowledgeShare share) {
		ShareForm form = new ShareForm();
		form.id = share.getId();
		form.version = share.getVersion();
		form.kind = share.getKind();
		form.title = share.getTitle();
		form.summary = share.getSummary();
		form.link = share.getLink();
		form.body = share.getBody();
		form.sharedOn = share.getSharedOn();
		form.experimentId = share.getExperimentId();
		form.skillIds = new ArrayList<>(share.getSkillIds());
		form.peopleIds = new ArrayList<>(share.getPeopleIds());
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

	public ShareKind getKind() {
		return this.kind;
	}

	public void setKind(ShareKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getSharedOn() {
		return this.sharedOn;
	}

	public void setSharedOn(LocalDate sharedOn) {
		this.sharedOn = sharedOn;
	}

	public Long getExperimentId() {
		return this.experimentId;
	}

	public void setExperimentId(Long experimentId) {
		this.experimentId = experimentId;
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
	}

	public List<Long> getPeopleIds() {
		return this.peopleIds;
	}

	public void setPeopleIds(List<Long> peopleIds) {
		this.peopleIds = (peopleIds != null) ? peopleIds : new ArrayList<>();
	}

}
