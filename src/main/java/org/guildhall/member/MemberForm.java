package org.guildhall.member;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.guildhall.web.CountryCode;
import org.guildhall.web.TimeZoneId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member's details as a form. Role, core team and joined date are decided by a lead and
 * are validated only on a lead's form ({@link LeadFields}).
 * <p>
 * A class rather than a record: when a value does not convert (a mistyped date), Spring
 * MVC keeps a bean with the other values and the rejected text, so the page can show
 * everything the user typed; a record whose constructor binding failed is dropped whole.
 */
class MemberForm {

	/** The validation group of the fields only a lead fills in. */
	interface LeadFields {

	}

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@CountryCode
	private String country;

	@NotBlank
	@TimeZoneId
	private String timeZone = "UTC";

	@Size(max = 80)
	private String businessUnit;

	@Size(max = 80)
	private String jobRole;

	@NotNull(groups = LeadFields.class)
	private Role role = Role.MEMBER;

	private boolean coreTeam;

	@NotNull(groups = LeadFields.class)
	@PastOrPresent(groups = LeadFields.class)
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate joinedOn;

	static MemberForm blank(LocalDate today) {
		MemberForm form = new MemberForm();
		form.joinedOn = today;
		return form;
	}

	static MemberForm from(Member member) {
		MemberForm form = new MemberForm();
		form.id = member.getId();
		form.version = member.getVersion();
		form.name = member.getName();
		form.email = member.getEmail();
		form.country = member.getCountry();
		form.timeZone = member.getTimeZone();
		form.businessUnit = member.getBusinessUnit();
		form.jobRole = member.getJobRole();
		form.role = member.getRole();
		form.coreTeam = member.isCoreTeam();
		form.joinedOn = member.getJoinedOn();
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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public String getBusinessUnit() {
		return this.businessUnit;
	}

	public void setBusinessUnit(String businessUnit) {
		this.businessUnit = businessUnit;
	}

	public String getJobRole() {
		return this.jobRole;
	}

	public void setJobRole(String jobRole) {
		this.jobRole = jobRole;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isCoreTeam() {
		return this.coreTeam;
	}

	public void setCoreTeam(boolean coreTeam) {
		this.coreTeam = coreTeam;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

}
