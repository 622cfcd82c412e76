package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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
import org.hibernate.annotations.OptimisticLock;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A community session: what it is, when it starts (an instant; pages show it in each
 * viewer's zone), who facilitates it, who signed up and who came.
 */
@Entity
@Table(name = "community_sessions")
@EntityListeners(AuditingEntityListener.class)
public class CommunitySession extends AbstractAggregateRoot<CommunitySession> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 150)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SessionFormat format;

	private String description;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private int durationMinutes;

	@Column(nullable = false, length = 64)
	private String plannedZone;

	@Column(length = 500)
	private String onlineLink;

	@Column(length = 200)
	private String place;

	private Integer capacity;

	private Long backlogItemId;

	private Long keyResultId;

	@Column(nullable = false)
	private boolean cancelled;

	private Instant attendanceRecordedAt;

	@ElementCollection
	@CollectionTable(name = "session_facilitators", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "member_id")
	private Set<Long> facilitatorIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "session_skills", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "skill_id")
	private Set<Long> skillIds = new HashSet<>();

	// signing up is not an edit of the session: it must never make a lead's edit stale
	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "session_sign_ups", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "member_id")
	private Set<Long> signUpIds = new HashSet<>();

	@OptimisticLock(excluded = true)
	@ElementCollection
	@CollectionTable(name = "session_attendance", joinColumns = @JoinColumn(name = "session_id"))
	@Column(name = "member_id")
	private Set<Long> attendeeIds = new HashSet<>();

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected CommunitySession() {
	}

	CommunitySession(String title, SessionFormat format, Instant startsAt, int durationMinutes, String plannedZone) {
		describe(title, format, null, null, null, null);
		schedule(startsAt, durationMinutes, plannedZone);
	}

	void describe(String title, SessionFormat format, String description, String onlineLink, String place,
			Integer capacity) {
		this.title = title.strip();
		this.format = format;
		this.description = blankToNull(description);
		this.onlineLink = blankToNull(onlineLink);
		this.place = blankToNull(place);
		this.capacity = capacity;
	}

	void schedule(Instant startsAt, int durationMinutes, String plannedZone) {
		this.startsAt = startsAt;
		this.durationMinutes = durationMinutes;
		this.plannedZone = plannedZone;
	}

	void link(Long backlogItemId, Long keyResultId, Set<Long> skillIds) {
		this.backlogItemId = backlogItemId;
		this.keyResultId = keyResultId;
		this.skillIds.clear();
		this.skillIds.addAll(skillIds);
	}

	void facilitatedBy(Set<Long> facilitatorIds) {
		this.facilitatorIds.clear();
		this.facilitatorIds.addAll(facilitatorIds);
	}

	/** One facilitator hands the session to another (a swap they agreed on). */
	void handOver(Long from, Long to) {
		this.facilitatorIds.remove(from);
		this.facilitatorIds.add(to);
	}

	boolean signUp(Long memberId) {
		return this.signUpIds.add(memberId);
	}

	boolean signOff(Long memberId) {
		return this.signUpIds.remove(memberId);
	}

	/**
	 * Who came, replacing what was recorded before; announced for the league and metrics.
	 */
	void recordAttendance(Set<Long> attendeeIds, boolean crossFunctional, Instant now) {
		this.attendeeIds.clear();
		this.attendeeIds.addAll(attendeeIds);
		this.attendanceRecordedAt = now;
		registerEvent(new SessionHeld(this.id, this.format, this.startsAt, Set.copyOf(this.facilitatorIds),
				Set.copyOf(attendeeIds), crossFunctional, now));
	}

	void cancel() {
		this.cancelled = true;
	}

	public Instant endsAt() {
		return this.startsAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	public boolean hasStarted(Instant now) {
		return !this.startsAt.isAfter(now);
	}

	public boolean hasEnded(Instant now) {
		return !endsAt().isAfter(now);
	}

	public boolean isFull() {
		return this.capacity != null && this.signUpIds.size() >= this.capacity;
	}

	public boolean isFacilitatedBy(Long memberId) {
		return this.facilitatorIds.contains(memberId);
	}

	public boolean isSignedUp(Long memberId) {
		return this.signUpIds.contains(memberId);
	}

	public boolean attended(Long memberId) {
		return this.attendeeIds.contains(memberId);
	}

	public boolean needsFacilitator() {
		return this.facilitatorIds.isEmpty() && !this.cancelled;
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

	public String getTitle() {
		return this.title;
	}

	public SessionFormat getFormat() {
		return this.format;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getPlannedZone() {
		return this.plannedZone;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public String getPlace() {
		return this.place;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public Long getBacklogItemId() {
		return this.backlogItemId;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public boolean isCancelled() {
		return this.cancelled;
	}

	public Instant getAttendanceRecordedAt() {
		return this.attendanceRecordedAt;
	}

	public Set<Long> getFacilitatorIds() {
		return this.facilitatorIds;
	}

	public Set<Long> getSkillIds() {
		return this.skillIds;
	}

	public Set<Long> getSignUpIds() {
		return this.signUpIds;
	}

	public Set<Long> getAttendeeIds() {
		return this.attendeeIds;
	}

}
