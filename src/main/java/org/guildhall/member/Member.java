package org.guildhall.member;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A person in the community, and their account: one email, one role. A deactivated member
 * can no longer sign in, and everything they did stays.
 */
@Entity
@Table(name = "members")
@EntityListeners(AuditingEntityListener.class)
public class Member {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false, length = 64)
	private String timeZone;

	@Column(length = 80)
	private String businessUnit;

	@Column(length = 80)
	private String jobRole;

	@Column(nullable = false)
	private LocalDate joinedOn;

	@Column(nullable = false)
	private boolean coreTeam;

	@Column(nullable = false)
	private boolean active = true;

	/** Null until the member sets a password through a sign-in link. */
	private String passwordHash;

	@ElementCollection
	@CollectionTable(name = "member_skills", joinColumns = @JoinColumn(name = "member_id"))
	private Set<HeldSkill> skills = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "member_learning_goals", joinColumns = @JoinColumn(name = "member_id"))
	@Column(name = "skill_id")
	private Set<Long> learningGoals = new HashSet<>();

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected Member() {
	}

	public Member(String name, String email, Role role, String country, String timeZone, LocalDate joinedOn) {
		describe(name, email, country, timeZone, null, null);
		this.role = role;
		this.joinedOn = joinedOn;
	}

	/** The details a member keeps current themselves. */
	void describe(String name, String email, String country, String timeZone, String businessUnit, String jobRole) {
		this.name = name.strip();
		this.email = email.strip();
		this.country = country;
		this.timeZone = ZoneId.of(timeZone).getId();
		this.businessUnit = blankToNull(businessUnit);
		this.jobRole = blankToNull(jobRole);
	}

	/** What only a lead decides. */
	void assign(Role role, boolean coreTeam, LocalDate joinedOn) {
		this.role = role;
		this.coreTeam = coreTeam;
		this.joinedOn = joinedOn;
	}

	/** Replaces the skills held and wanted: a map of skill id to level, and skill ids. */
	void reviseSkills(Map<Long, SkillLevel> held, Set<Long> wanted) {
		this.skills.clear();
		held.forEach((skillId, level) -> this.skills.add(new HeldSkill(skillId, level)));
		this.learningGoals.clear();
		this.learningGoals.addAll(wanted);
	}

	int raiseSkill(Long skillId, SkillLevel level) {
		int before = this.skills.stream()
			.filter((held) -> held.getSkillId().equals(skillId))
			.mapToInt((held) -> held.getLevel().value())
			.findFirst()
			.orElse(0);
		if (level.value() > before) {
			this.skills.removeIf((held) -> held.getSkillId().equals(skillId));
			this.skills.add(new HeldSkill(skillId, level));
		}
		return before;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public String getCountry() {
		return this.country;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public String getBusinessUnit() {
		return this.businessUnit;
	}

	public String getJobRole() {
		return this.jobRole;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public boolean isCoreTeam() {
		return this.coreTeam;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean canSignIn() {
		return this.active && this.passwordHash != null;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Set<HeldSkill> getSkills() {
		return Collections.unmodifiableSet(this.skills);
	}

	public Set<Long> getLearningGoals() {
		return Collections.unmodifiableSet(this.learningGoals);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
