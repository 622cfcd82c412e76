package org.guildhall.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A facilitator asks another core-team member to take their place in a session; the other
 * accepts or declines, and until then the proposer may withdraw.
 */
@Entity
@Table(name = "facilitation_swaps")
class FacilitationSwap {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, updatable = false)
	private Long sessionId;

	@Column(nullable = false, updatable = false)
	private Long fromMemberId;

	@Column(nullable = false, updatable = false)
	private Long toMemberId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SwapStatus status;

	@Column(nullable = false, updatable = false)
	private Instant proposedAt;

	private Instant answeredAt;

	protected FacilitationSwap() {
	}

	FacilitationSwap(Long sessionId, Long fromMemberId, Long toMemberId, Instant proposedAt) {
		this.sessionId = sessionId;
		this.fromMemberId = fromMemberId;
		this.toMemberId = toMemberId;
		this.status = SwapStatus.PROPOSED;
		this.proposedAt = proposedAt;
	}

	void answer(SwapStatus answer, Instant now) {
		if (this.status != SwapStatus.PROPOSED) {
			throw new IllegalStateException("Swap " + this.id + " was already answered");
		}
		this.status = answer;
		this.answeredAt = now;
	}

	public boolean isOpen() {
		return this.status == SwapStatus.PROPOSED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public Long getFromMemberId() {
		return this.fromMemberId;
	}

	public Long getToMemberId() {
		return this.toMemberId;
	}

	public SwapStatus getStatus() {
		return this.status;
	}

}
