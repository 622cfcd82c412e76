package org.guildhall.backlog;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A challenge on the community's backlog: a gap in today's capabilities, with an owner,
 * the skills it concerns and, optionally, the key result it serves.
 */
@Entity
@Table(name = "backlog_items")
@EntityListeners(AuditingEntityListener.class)
public class BacklogItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(nullable = false, length = 150)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private BacklogItemType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private BacklogStatus status = BacklogStatus.IDEA;

	@Column(length = 500)
	private String droppedReason;

	@Column(nullable = false)
	private Long ownerId;

	private Long keyResultId;

	@Column(nullable = false)
	private int priorityRank;

	/** Kept by the database as votes come and go (see BacklogItemRepository). */
	@Column(nullable = false, insertable = false, updatable = false)
	private int voteCount;

	@ElementCollection
	@CollectionTable(name = "backlog_item_skills", joinColumns = @JoinColumn(name = "backlog_item_id"))
	@Column(name = "skill_id")
	private Set<Long> skillIds = new HashSet<>();

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected BacklogItem() {
	}

	BacklogItem(String title, BacklogItemType type, Long ownerId, int priorityRank) {
		this.title = title.strip();
		this.type = type;
		this.ownerId = ownerId;
		this.priorityRank = priorityRank;
	}

	void describe(String title, String description, BacklogItemType type, Long keyResultId, Set<Long> skillIds) {
		this.title = title.strip();
		this.description = (description == null || description.isBlank()) ? null : description.strip();
		this.type = type;
		this.keyResultId = keyResultId;
		this.skillIds.clear();
		this.skillIds.addAll(skillIds);
	}

	void handOver(Long ownerId) {
		this.ownerId = ownerId;
	}

	/**
	 * Moves the item between idea, ready, in progress and done; dropping needs a reason.
	 */
	void moveTo(BacklogStatus status) {
		if (status == BacklogStatus.DROPPED) {
			throw new IllegalArgumentException("Dropping an item needs a reason");
		}
		this.status = status;
		this.droppedReason = null;
	}

	void drop(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Dropping an item needs a reason");
		}
		this.status = BacklogStatus.DROPPED;
		this.droppedReason = reason.strip();
	}

	void rankAt(int priorityRank) {
		this.priorityRank = priorityRank;
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

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public BacklogItemType getType() {
		return this.type;
	}

	public BacklogStatus getStatus() {
		return this.status;
	}

	public String getDroppedReason() {
		return this.droppedReason;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Long getKeyResultId() {
		return this.keyResultId;
	}

	public int getPriorityRank() {
		return this.priorityRank;
	}

	public int getVoteCount() {
		return this.voteCount;
	}

	public Set<Long> getSkillIds() {
		return Collections.unmodifiableSet(this.skillIds);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
