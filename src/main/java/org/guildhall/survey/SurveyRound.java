package org.guildhall.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One round of the expectations survey: open until a lead closes it; one at a time.
 */
@Entity
@Table(name = "survey_rounds")
class SurveyRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(length = 1000)
	private String introduction;

	@Column(nullable = false, updatable = false)
	private Instant openedAt;

	@Column(nullable = false, updatable = false)
	private Long openedBy;

	private Instant closedAt;

	protected SurveyRound() {
	}

	SurveyRound(String title, String introduction, Long openedBy, Instant openedAt) {
		this.title = title.strip();
		this.introduction = (introduction == null || introduction.isBlank()) ? null : introduction.strip();
		this.openedBy = openedBy;
		this.openedAt = openedAt;
	}

	void close(Instant now) {
		if (this.closedAt == null) {
			this.closedAt = now;
		}
	}

	public boolean isOpen() {
		return this.closedAt == null;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
