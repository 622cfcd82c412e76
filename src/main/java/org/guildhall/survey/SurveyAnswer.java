package org.guildhall.survey;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.guildhall.session.SessionFormat;

/**
 * One member's answer in a round: what they expect from the community, the formats they
 * want and the skills they want to grow. Results never show who answered what.
 */
@Entity
@Table(name = "survey_answers")
class SurveyAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long roundId;

	@Column(nullable = false, updatable = false)
	private Long memberId;

	@Column(length = 2000, updatable = false)
	private String expectations;

	@Column(nullable = false, updatable = false)
	private Instant answeredAt;

	@ElementCollection
	@CollectionTable(name = "survey_answer_formats", joinColumns = @JoinColumn(name = "answer_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "format")
	private Set<SessionFormat> formats = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "survey_answer_skills", joinColumns = @JoinColumn(name = "answer_id"))
	@Column(name = "skill_id")
	private Set<Long> skillIds = new HashSet<>();

	protected SurveyAnswer() {
	}

	SurveyAnswer(Long roundId, Long memberId, String expectations, Set<SessionFormat> formats, Set<Long> skillIds,
			Instant answeredAt) {
		this.roundId = roundId;
		this.memberId = memberId;
		this.expectations = (expectations == null || expectations.isBlank()) ? null : expectations.strip();
		this.formats.addAll(formats);
		this.skillIds.addAll(skillIds);
		this.answeredAt = answeredAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public String getExpectations() {
		return this.expectations;
	}

}
