package org.guildhall.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A one-time link with which a member sets their password. It expires, and works once.
 */
@Entity
@Table(name = "sign_in_links")
@EntityListeners(AuditingEntityListener.class)
class SignInLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long memberId;

	@Column(nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant usedAt;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected SignInLink() {
	}

	SignInLink(Long memberId, String tokenHash, Instant expiresAt) {
		this.memberId = memberId;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!isUsableAt(now)) {
			throw new IllegalStateException("This sign-in link was used or has expired");
		}
		this.usedAt = now;
	}

	/** A newer link replaces this one. */
	void revoke(Instant now) {
		if (this.usedAt == null) {
			this.expiresAt = now;
		}
	}

	Long getMemberId() {
		return this.memberId;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

}
