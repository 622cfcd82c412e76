package org.guildhall.okr;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A stretch of time OKRs are set for, such as "2026 Q4". Periods never overlap; the one
 * that contains today is current. A closed period is read-only, its scores frozen.
 */
@Entity
@Table(name = "okr_periods")
@EntityListeners(AuditingEntityListener.class)
public class OkrPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 40)
	private String name;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	private Instant closedAt;

	private Long closedBy;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected OkrPeriod() {
	}

	OkrPeriod(String name, LocalDate startsOn, LocalDate endsOn) {
		reschedule(name, startsOn, endsOn);
	}

	void reschedule(String name, LocalDate startsOn, LocalDate endsOn) {
		requireOpen();
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("A period ends on or after the day it starts");
		}
		this.name = name.strip();
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void close(Instant at, Long by) {
		requireOpen();
		this.closedAt = at;
		this.closedBy = by;
	}

	void requireOpen() {
		if (isClosed()) {
			throw new PeriodClosedException(this.name);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

	public boolean isClosed() {
		return this.closedAt != null;
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

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
