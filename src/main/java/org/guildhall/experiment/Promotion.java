package org.guildhall.experiment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One rung an experiment climbed, with the result and evidence from the rung below.
 */
@Entity
@Table(name = "experiment_promotions")
class Promotion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "experiment_id")
	private Experiment experiment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Scope fromScope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Scope toScope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Outcome result;

	@Column(nullable = false, length = 2000)
	private String evidence;

	@Column(nullable = false)
	private Instant promotedAt;

	private Long promotedBy;

	protected Promotion() {
	}

	Promotion(Experiment experiment, Scope fromScope, Scope toScope, Outcome result, String evidence,
			Instant promotedAt, Long promotedBy) {
		this.experiment = experiment;
		this.fromScope = fromScope;
		this.toScope = toScope;
		this.result = result;
		this.evidence = evidence.strip();
		this.promotedAt = promotedAt;
		this.promotedBy = promotedBy;
	}

	public Scope getFromScope() {
		return this.fromScope;
	}

	public Scope getToScope() {
		return this.toScope;
	}

	public Outcome getResult() {
		return this.result;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public Instant getPromotedAt() {
		return this.promotedAt;
	}

	public Long getPromotedBy() {
		return this.promotedBy;
	}

}
