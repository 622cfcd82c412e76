package org.guildhall.session;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One attendee's answer about one session: a score from 0 to 10 and an optional comment.
 * The member is kept so that they answer once and can change their mind for a week; no
 * page shows who gave which answer.
 */
@Entity
@Table(name = "session_feedback")
class SessionFeedback {

	/** How long after answering someone may still change their answer. */
	static final Duration EDITABLE_FOR = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, updatable = false)
	private Long sessionId;

	@Column(nullable = false, updatable = false)
	private Long memberId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int score;

	@Column(length = 2000)
	private String comment;

	@Column(nullable = false, updatable = false)
	private Instant givenAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected SessionFeedback() {
	}

	SessionFeedback(Long sessionId, Long memberId, int score, String comment, Instant now) {
		this.sessionId = sessionId;
		this.memberId = memberId;
		this.givenAt = now;
		revise(score, comment, now);
	}

	void revise(int score, String comment, Instant now) {
		this.score = score;
		this.comment = (comment == null || comment.isBlank()) ? null : comment.strip();
		this.updatedAt = now;
	}

	public boolean isEditable(Instant now) {
		return now.isBefore(editableUntil());
	}

	public Instant editableUntil() {
		return this.givenAt.plus(EDITABLE_FOR);
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public Long getSessionId() {
		return this.sessionId;
	}

	public int getScore() {
		return this.score;
	}

	public String getComment() {
		return this.comment;
	}

}
