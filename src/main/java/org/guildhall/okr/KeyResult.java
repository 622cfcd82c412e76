package org.guildhall.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.guildhall.metrics.Aggregation;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A measurable result of an objective: a value moving from a baseline towards a target, a
 * guardrail to hold, or a milestone to reach. Its current value is the latest check-in's.
 */
@Entity
@Table(name = "key_results")
@EntityListeners(AuditingEntityListener.class)
public class KeyResult {

	/** A key result nobody has checked in on for this long is flagged stale. */
	public static final Duration STALE_AFTER = Duration.ofDays(14);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "objective_id")
	private Objective objective;

	@Column(nullable = false)
	private short position;

	@Column(nullable = false, length = 150)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private KeyResultKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Unit unit;

	@Column(nullable = false, precision = 16, scale = 4)
	private BigDecimal baseline;

	@Column(nullable = false, precision = 16, scale = 4)
	private BigDecimal target;

	@Column(nullable = false, precision = 16, scale = 4)
	private BigDecimal currentValue;

	@Column(nullable = false, precision = 5, scale = 2)
	private BigDecimal weight;

	@Column(nullable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private KeyResultSource source = KeyResultSource.MANUAL;

	@Column(length = 80)
	private String metricKey;

	@Column(length = 80)
	private String metricBusinessUnit;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Aggregation metricAggregation;

	@Column(precision = 4, scale = 3)
	private BigDecimal finalScore;

	private Instant lastCheckInAt;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected KeyResult() {
	}

	KeyResult(Objective objective, int position, Definition definition) {
		this.objective = objective;
		this.position = (short) position;
		redefine(definition);
		this.currentValue = this.baseline;
	}

	/** What a lead decides about a key result. */
	record Definition(String title, KeyResultKind kind, Unit unit, BigDecimal baseline, BigDecimal target,
			BigDecimal weight, Long ownerId) {

		Definition {
			if (kind.isMilestone()) {
				unit = Unit.COUNT;
				baseline = BigDecimal.ZERO;
				target = BigDecimal.ONE;
			}
			if ((kind == KeyResultKind.INCREASE_TO && target.compareTo(baseline) <= 0)
					|| (kind == KeyResultKind.DECREASE_TO && target.compareTo(baseline) >= 0)) {
				throw new IllegalArgumentException(kind + " needs a target beyond its baseline");
			}
			weight = (weight != null) ? weight : BigDecimal.ONE;
		}

	}

	void redefine(Definition definition) {
		this.title = definition.title().strip();
		this.kind = definition.kind();
		this.unit = definition.unit();
		this.baseline = definition.baseline();
		this.target = definition.target();
		this.weight = definition.weight();
		this.ownerId = definition.ownerId();
	}

	void moveTo(int position) {
		this.position = (short) position;
	}

	/** Records a new value; the period must still be open. */
	CheckIn checkIn(BigDecimal value, Confidence confidence, String note, Instant at, Long by) {
		this.objective.getPeriod().requireOpen();
		this.currentValue = value;
		this.lastCheckInAt = at;
		return new CheckIn(this.id, value, confidence, note, KeyResultSource.MANUAL, at, by);
	}

	/** From now on the roll-up checks in from this metric. */
	void follow(String metricKey, String businessUnit, Aggregation aggregation) {
		this.source = KeyResultSource.METRIC;
		this.metricKey = metricKey;
		this.metricBusinessUnit = businessUnit;
		this.metricAggregation = aggregation;
	}

	/** From now on people check in. */
	void followCheckIns() {
		this.source = KeyResultSource.MANUAL;
		this.metricKey = null;
		this.metricBusinessUnit = null;
		this.metricAggregation = null;
	}

	/** Records what the roll-up read; the period must still be open. */
	CheckIn checkInFromMetric(BigDecimal value, Confidence confidence, String provenance, Instant at) {
		this.objective.getPeriod().requireOpen();
		this.currentValue = value;
		this.lastCheckInAt = at;
		return CheckIn.fromMetric(this.id, value, confidence, provenance, at);
	}

	void freeze() {
		this.finalScore = BigDecimal.valueOf(score().value()).setScale(3, RoundingMode.HALF_UP);
	}

	public Score score() {
		return (this.finalScore != null) ? Score.frozen(this.finalScore)
				: Score.of(this.kind, this.baseline, this.target, this.currentValue);
	}

	/**
	 * Stale: open, and nobody checked in (or, never checked in, it was set) 14 days ago
	 * or more.
	 */
	public boolean isStaleAt(Instant now) {
		Instant last = (this.lastCheckInAt != null) ? this.lastCheckInAt : this.createdAt;
		return this.finalScore == null && last != null && !last.plus(STALE_AFTER).isAfter(now);
	}

	public boolean isOwnedBy(Long memberId) {
		return this.ownerId.equals(memberId);
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public Objective getObjective() {
		return this.objective;
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public KeyResultKind getKind() {
		return this.kind;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getCurrentValue() {
		return this.currentValue;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public KeyResultSource getSource() {
		return this.source;
	}

	public String getMetricKey() {
		return this.metricKey;
	}

	public String getMetricBusinessUnit() {
		return this.metricBusinessUnit;
	}

	public Aggregation getMetricAggregation() {
		return this.metricAggregation;
	}

	public Instant getLastCheckInAt() {
		return this.lastCheckInAt;
	}

}
