package org.guildhall.share;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Something a member shared with the community: a story, a postmortem, a how-to or a
 * talk, as a link or a text, with the skills it touches and the people involved.
 */
@Entity
@Table(name = "knowledge_shares")
@EntityListeners(AuditingEntityListener.class)
public class KnowledgeShare extends AbstractAggregateRoot<KnowledgeShare> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private ShareKind kind;

	@Column(nullable = false, length = 150)
	private String title;

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(length = 500)
	private String link;

	private String body;

	@Column(nullable = false)
	private LocalDate sharedOn;

	@Column(nullable = false, updatable = false)
	private Long authorId;

	private Long experimentId;

	@ElementCollection
	@CollectionTable(name = "knowledge_share_skills", joinColumns = @JoinColumn(name = "knowledge_share_id"))
	@Column(name = "skill_id")
	private Set<Long> skillIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "knowledge_share_people", joinColumns = @JoinColumn(name = "knowledge_share_id"))
	@Column(name = "member_id")
	private Set<Long> peopleIds = new HashSet<>();

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@LastModifiedDate
	@Column(nullable = false)
	private Instant updatedAt;

	@CreatedBy
	@Column(updatable = false)
	private Long createdBy;

	protected KnowledgeShare() {
	}

	KnowledgeShare(Long authorId) {
		this.authorId = authorId;
	}

	/** What the share is; it needs a link or a body, or both. */
	void describe(ShareKind kind, String title, String summary, String link, String body, LocalDate sharedOn,
			Long experimentId) {
		String trimmedLink = blankToNull(link);
		String trimmedBody = blankToNull(body);
		if (trimmedLink == null && trimmedBody == null) {
			throw new IllegalArgumentException("A share needs a link or a body");
		}
		this.kind = kind;
		this.title = title.strip();
		this.summary = summary.strip();
		this.link = trimmedLink;
		this.body = trimmedBody;
		this.sharedOn = sharedOn;
		this.experimentId = experimentId;
	}

	void involve(Set<Long> peopleIds, Set<Long> skillIds) {
		this.peopleIds.clear();
		peopleIds.stream().filter((person) -> !person.equals(this.authorId)).forEach(this.peopleIds::add);
		this.skillIds.clear();
		this.skillIds.addAll(skillIds);
	}

	/** The announcement of the share, once its first save gave it an id. */
	KnowledgeShared published(Instant now) {
		return new KnowledgeShared(this.id, this.authorId, Set.copyOf(this.peopleIds), this.kind, this.experimentId,
				now);
	}

	public boolean isEditableBy(Long memberId) {
		return this.authorId.equals(memberId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Long getVersion() {
		return this.version;
	}

	public ShareKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getLink() {
		return this.link;
	}

	public String getBody() {
		return this.body;
	}

	public LocalDate getSharedOn() {
		return this.sharedOn;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Long getExperimentId() {
		return this.experimentId;
	}

	public Set<Long> getSkillIds() {
		return Collections.unmodifiableSet(this.skillIds);
	}

	public Set<Long> getPeopleIds() {
		return Collections.unmodifiableSet(this.peopleIds);
	}

}
