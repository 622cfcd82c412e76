package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One check-in on a key result: its value then, how confident its owner was, and why.
 * Never changed once recorded.
 */
@Entity
@Table(name = "check_ins")
class CheckIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long keyResultId;

	@Column(nullable = false, updatable = false, precision = 16, scale = 4)
	private BigDecimal value;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Confidence confidence;

	@Column(updatable = false, length = 500)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private KeyResultSource origin;

	@Column(nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(updatable = false)
	private Long recordedBy;

	/** For a check-in from the roll-up: the formula and the figures behind the value. */
	@Column(updatable = false, length = 1000)
	private String provenance;

	protected CheckIn() {
	}

	CheckIn(Long keyResultId, BigDecimal value, Confidence confidence, String note, KeyResultSource origin,
			Instant recordedAt, Long recordedBy) {
		this.keyResultId = keyResultId;
		this.value = value;
		this.confidence = confidence;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.origin = origin;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	/** A check-in the metrics roll-up made, with where its value comes from. */
	static CheckIn fromMetric(Long keyResultId, BigDecimal value, Confidence confidence, String provenance,
			Instant recordedAt) {
		CheckIn checkIn = new CheckIn(keyResultId, value, confidence, "From the roll-up", KeyResultSource.METRIC,
				recordedAt, null);
		checkIn.provenance = (provenance.length() > 1000) ? provenance.substring(0, 999) + "…" : provenance;
		return checkIn;
	}

	public Long getId() {
		return this.id;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public Confidence getConfidence() {
		return this.confidence;
	}

	public String getNote() {
		return this.note;
	}

	public KeyResultSource getOrigin() {
		return this.origin;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public String getProvenance() {
		return this.provenance;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

}
