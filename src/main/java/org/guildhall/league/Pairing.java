package org.guildhall.league;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A hero and a sidekick working on one to three skills for a planned time, with an
 * agreement on how they meet. Requested, approved by a lead, then completed with an
 * assessment or ended early with a reason.
 */
@Entity
@Table(name = "pairings")
class Pairing extends AbstractAggregateRoot<Pairing> {

	/** How long a pairing runs unless agreed otherwise. */
	public static final int DEFAULT_WEEKS = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	private Long heroId;

	@Column(nullable = false, updatable = false)
	private Long sidekickId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private PairingStatus status;

	@Column(nullable = false, updatable = false)
	private Long requestedBy;

	@Column(nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate plannedEndOn;

	@Column(length = 1000)
	private String agreement;

	private Instant activatedAt;

	private Instant closedAt;

	@Column(length = 500)
	private String endReason;

	@Column(length = 2000)
	private String heroAssessment;

	@Column(length = 2000)
	private String sidekickAssessment;

	private LocalDate overdueSince;

	// one to three goals, read wherever a pairing is shown
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "pairing_goals", joinColumns = @JoinColumn(name = "pairing_id"))
	private Set<PairingGoal> goals = new HashSet<>();

	protected Pairing() {
	}

	Pairing(Long heroId, Long sidekickId, Set<PairingGoal> goals, LocalDate startsOn, LocalDate plannedEndOn,
			String agreement, Long requestedBy, Instant now) {
		if (goals.isEmpty() || goals.size() > 3) {
			throw new IllegalArgumentException("A pairing grows one to three skills");
		}
		this.heroId = heroId;
		this.sidekickId = sidekickId;
		this.goals.addAll(goals);
		this.startsOn = startsOn;
		this.plannedEndOn = plannedEndOn;
		this.agreement = (agreement == null || agreement.isBlank()) ? null : agreement.strip();
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.status = PairingStatus.REQUESTED;
	}

	/** A lead approves: the pairing starts (with this hero, when the lead found one). */
	void activate(Long heroId, Instant now) {
		requireStatus(PairingStatus.REQUESTED);
		this.heroId = heroId;
		this.status = PairingStatus.ACTIVE;
		this.activatedAt = now;
	}

	void decline(String reason, Instant now) {
		requireStatus(PairingStatus.REQUESTED);
		this.status = PairingStatus.DECLINED;
		this.endReason = blankToNull(reason);
		this.closedAt = now;
	}

	/** One side's closing assessment; the first one completes the pairing. */
	void assess(Long memberId, String assessment, Instant now) {
		if (this.status == PairingStatus.ACTIVE) {
			this.status = PairingStatus.COMPLETED;
			this.closedAt = now;
			registerEvent(new PairingCompleted(this.id, this.heroId, this.sidekickId, now));
		}
		requireStatus(PairingStatus.COMPLETED);
		if (memberId.equals(this.heroId)) {
			this.heroAssessment = assessment.strip();
		}
		else {
			this.sidekickAssessment = assessment.strip();
		}
	}

	void endEarly(String reason, Instant now) {
		requireStatus(PairingStatus.ACTIVE);
		this.status = PairingStatus.ENDED_EARLY;
		this.endReason = reason.strip();
		this.closedAt = now;
	}

	void checkedIn(Long checkInId, Instant now) {
		requireStatus(PairingStatus.ACTIVE);
		registerEvent(new PairingCheckedIn(this.id, checkInId, this.heroId, this.sidekickId, now));
	}

	void heroCreated(Long heroId, List<Long> formerHeroIds, Instant now) {
		registerEvent(new HeroCreated(heroId, this.id, List.copyOf(formerHeroIds), now));
	}

	public boolean involves(Long memberId) {
		return memberId.equals(this.heroId) || memberId.equals(this.sidekickId);
	}

	public boolean isOverdue() {
		return this.overdueSince != null && this.status == PairingStatus.ACTIVE;
	}

	public boolean isOpen() {
		return this.status == PairingStatus.REQUESTED || this.status == PairingStatus.ACTIVE;
	}

	/** Goals in a stable order for pages. */
	public List<PairingGoal> goalList() {
		List<PairingGoal> list = new ArrayList<>(this.goals);
		list.sort((a, b) -> a.getSkillId().compareTo(b.getSkillId()));
		return list;
	}

	private void requireStatus(PairingStatus expected) {
		if (this.status != expected) {
			throw new LeagueRuleException("pairing.status." + expected.name().toLowerCase());
		}
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

	public Long getHeroId() {
		return this.heroId;
	}

	public Long getSidekickId() {
		return this.sidekickId;
	}

	public PairingStatus getStatus() {
		return this.status;
	}

	public Long getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getPlannedEndOn() {
		return this.plannedEndOn;
	}

	public String getAgreement() {
		return this.agreement;
	}

	public String getEndReason() {
		return this.endReason;
	}

	public String getHeroAssessment() {
		return this.heroAssessment;
	}

	public String getSidekickAssessment() {
		return this.sidekickAssessment;
	}

	public Set<PairingGoal> getGoals() {
		return this.goals;
	}

}
