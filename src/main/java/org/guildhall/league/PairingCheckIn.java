package org.guildhall.league;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a hero and sidekick did when they met, and what comes next.
 */
@Entity
@Table(name = "pairing_check_ins")
class PairingCheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long pairingId;

	@Column(nullable = false, updatable = false)
	private LocalDate metOn;

	@Column(nullable = false, updatable = false, length = 2000)
	private String whatWeDid;

	@Column(updatable = false, length = 1000)
	private String nextStep;

	@Column(nullable = false, updatable = false)
	private Long recordedBy;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	protected PairingCheckIn() {
	}

	PairingCheckIn(Long pairingId, LocalDate metOn, String whatWeDid, String nextStep, Long recordedBy,
			Instant recordedAt) {
		this.pairingId = pairingId;
		this.metOn = metOn;
		this.whatWeDid = whatWeDid.strip();
		this.nextStep = (nextStep == null || nextStep.isBlank()) ? null : nextStep.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getMetOn() {
		return this.metOn;
	}

	public String getWhatWeDid() {
		return this.whatWeDid;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

}
