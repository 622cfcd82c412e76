package org.guildhall.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.guildhall.web.TimeZoneId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as a form. The date and time are wall-clock values in the zone the lead
 * chooses (their own, unless they plan for another office).
 */
class SessionForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 150)
	private String title;

	@NotNull
	private SessionFormat format;

	@Size(max = 10000)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

	@NotBlank
	@TimeZoneId
	private String timeZone;

	@NotNull
	@Min(15)
	@Max(720)
	private Integer durationMinutes = 60;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$", message = "{share.link.format}")
	private String onlineLink;

	@Size(max = 200)
	private String place;

	@Min(1)
	@Max(10000)
	private Integer capacity;

	@Size(max = 5)
	private List<Long> facilitatorIds = new ArrayList<>();

	@Size(max = 10)
	private List<Long> skillIds = new ArrayList<>();

	private Long backlogItemId;

	private Long keyResultId;

	static SessionForm blank(LocalDate date, String timeZone, Long backlogItemId, Long keyResultId) {
		SessionForm form = new SessionForm();
		form.date = date;
		form.time = LocalTime.of(15, 0);
		form.timeZone = timeZone;
		form.backlogItemId = backlogItemId;
		form.keyResultId = keyResultId;
		return form;
	}

	static SessionForm from(CommunitySession session) {
		SessionForm form = new SessionForm();
		form.id = session.getId();
		form.version = session.getVersion();
		form.title = session.getTitle();
		form.format = session.getFormat();
		form.description = session.getDescription();
		ZonedDateTime planned = session.getStartsAt().atZone(ZoneId.of(session.getPlannedZone()));
		form.date = planned.toLocalDate();
		form.time = planned.toLocalTime();
		form.timeZone = session.getPlannedZone();
		form.durationMinutes = session.getDurationMinutes();
		form.onlineLink = session.getOnlineLink();
		form.place = session.getPlace();
		form.capacity = session.getCapacity();
		form.facilitatorIds = new ArrayList<>(session.getFacilitatorIds());
		form.skillIds = new ArrayList<>(session.getSkillIds());
		form.backlogItemId = session.getBacklogItemId();
		form.keyResultId = session.getKeyResultId();
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

	public SessionFormat getFormat() {
		return this.format;
	}

	public void setFormat(SessionFormat format) {
		this.format = format;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public List<Long> getFacilitatorIds() {
		return this.facilitatorIds;
	}

	public void setFacilitatorIds(List<Long> facilitatorIds) {
		this.facilitatorIds = (facilitatorIds != null) ? facilitatorIds : new ArrayList<>();
	}

	public List<Long> getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(List<Long> skillIds) {
		this.skillIds = (skillIds != null) ? skillIds : new ArrayList<>();
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
