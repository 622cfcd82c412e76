package org.guildhall.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What the community wants to achieve in a period, aligned to a business goal, measured
 * by one to five key results. When the period closes its score freezes, and the lead
 * grades it and writes a short retrospective.
 */
@Entity
@Table(name = "objectives")
@EntityListeners(AuditingEntityListener.class)
public class Objective {

	public static final int MAX_KEY_RESULTS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "period_id")
	private OkrPeriod period;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(length = 1000)
	private String whyItMatters;

	@Column(nullable = false)
	private Long businessGoalId;

	@Column(nullable = false)
	private Long ownerId;

	@OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<KeyResult> keyResults = new ArrayList<>();

	@Column(precision = 4, scale = 3)
	private BigDecimal finalScore;

	@Column(precision = 4, scale = 3)
	private BigDecimal grade;

	@Column(length = 1000)
	private String wentWell;

	@Column(length = 1000)
	private String didNotGoWell;

	@Column(length = 1000)
	private String whatNext;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected Objective() {
	}

	Objective(OkrPeriod period, String title, String whyItMatters, Long businessGoalId, Long ownerId) {
		period.requireOpen();
		this.period = period;
		describe(title, whyItMatters, businessGoalId, ownerId);
	}

	void describe(String title, String whyItMatters, Long businessGoalId, Long ownerId) {
		this.period.requireOpen();
		this.title = title.strip();
		this.whyItMatters = (whyItMatters == null || whyItMatters.isBlank()) ? null : whyItMatters.strip();
		this.businessGoalId = businessGoalId;
		this.ownerId = ownerId;
	}

	/**
	 * Sets the key results to exactly these, in this order: existing ones (matched by id)
	 * are redefined, new ones added, the rest removed.
	 */
	void reviseKeyResults(List<Long> ids, List<KeyResult.Definition> definitions) {
		this.period.requireOpen();
		if (definitions.isEmpty() || definitions.size() > MAX_KEY_RESULTS) {
			throw new IllegalArgumentException("An objective has 1 to 5 key results, not " + definitions.size());
		}
		List<KeyResult> revised = new ArrayList<>();
		for (int position = 0; position < definitions.size(); position++) {
			Long id = ids.get(position);
			KeyResult existing = (id != null) ? keyResult(id) : null;
			if (existing != null) {
				existing.redefine(definitions.get(position));
				existing.moveTo(position);
				revised.add(existing);
			}
			else {
				revised.add(new KeyResult(this, position, definitions.get(position)));
			}
		}
		this.keyResults.clear();
		this.keyResults.addAll(revised);
	}

	KeyResult keyResult(Long id) {
		return this.keyResults.stream().filter((keyResult) -> id.equals(keyResult.getId())).findFirst().orElse(null);
	}

	/**
	 * Freezes the score of the objective and of each key result, with the lead's
	 * retrospective.
	 */
	void close(BigDecimal grade, String wentWell, String didNotGoWell, String whatNext) {
		this.finalScore = BigDecimal.valueOf(score().value()).setScale(3, RoundingMode.HALF_UP);
		this.keyResults.forEach(KeyResult::freeze);
		this.grade = grade;
		this.wentWell = blankToNull(wentWell);
		this.didNotGoWell = blankToNull(didNotGoWell);
		this.whatNext = blankToNull(whatNext);
	}

	public Score score() {
		if (this.finalScore != null) {
			return Score.frozen(this.finalScore);
		}
		return Score.objective(this.keyResults.stream().map(KeyResult::score).toList(),
				this.keyResults.stream().map(KeyResult::getWeight).toList());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public OkrPeriod getPeriod() {
		return this.period;
	}

	public String getTitle() {
		return this.title;
	}

	public String getWhyItMatters() {
		return this.whyItMatters;
	}

	public Long getBusinessGoalId() {
		return this.businessGoalId;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public List<KeyResult> getKeyResults() {
		return Collections.unmodifiableList(this.keyResults);
	}

	public BigDecimal getGrade() {
		return this.grade;
	}

	public String getWentWell() {
		return this.wentWell;
	}

	public String getDidNotGoWell() {
		return this.didNotGoWell;
	}

	public String getWhatNext() {
		return this.whatNext;
	}

}
