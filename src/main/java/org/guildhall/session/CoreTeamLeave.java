package org.guildhall.session;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A core-team member's time away: the rotation suggests nobody for a session on a day
 * they are on leave.
 */
@Entity
@Table(name = "core_team_leaves")
class CoreTeamLeave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long memberId;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Column(nullable = false)
	private LocalDate endsOn;

	@Column(length = 200)
	private String note;

	protected CoreTeamLeave() {
	}

	CoreTeamLeave(Long memberId, LocalDate startsOn, LocalDate endsOn, String note) {
		this.memberId = memberId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getMemberId() {
		return this.memberId;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getNote() {
		return this.note;
	}

}
