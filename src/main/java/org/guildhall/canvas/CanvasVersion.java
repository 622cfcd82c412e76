package org.guildhall.canvas;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved version of the canvas: all ten blocks as they stood, who saved them, when and
 * why. Versions are never changed; a save adds the next one.
 */
@Entity
@Table(name = "canvas_versions")
public class CanvasVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(updatable = false)
	private String purpose;

	@Column(updatable = false)
	private String audience;

	@Column(name = "community_values", updatable = false)
	private String values;

	@Column(updatable = false)
	private String goal;

	@Column(updatable = false)
	private String expectations;

	@Column(updatable = false)
	private String roles;

	@Column(updatable = false)
	private String rules;

	@Column(updatable = false)
	private String governance;

	@Column(updatable = false)
	private String communication;

	@Column(updatable = false)
	private String metrics;

	@Column(nullable = false, updatable = false, length = 300)
	private String why;

	@Column(nullable = false, updatable = false)
	private Long authorId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected CanvasVersion() {
	}

	CanvasVersion(int number, Map<CanvasBlock, String> blocks, String why, Long authorId, Instant createdAt) {
		this.number = number;
		this.purpose = text(blocks.get(CanvasBlock.PURPOSE));
		this.audience = text(blocks.get(CanvasBlock.AUDIENCE));
		this.values = text(blocks.get(CanvasBlock.VALUES));
		this.goal = text(blocks.get(CanvasBlock.GOAL));
		this.expectations = text(blocks.get(CanvasBlock.EXPECTATIONS));
		this.roles = text(blocks.get(CanvasBlock.ROLES));
		this.rules = text(blocks.get(CanvasBlock.RULES));
		this.governance = text(blocks.get(CanvasBlock.GOVERNANCE));
		this.communication = text(blocks.get(CanvasBlock.COMMUNICATION));
		this.metrics = text(blocks.get(CanvasBlock.METRICS));
		this.why = why.strip();
		this.authorId = authorId;
		this.createdAt = createdAt;
	}

	/** Every block's text (empty blocks as empty text), in the canvas's order. */
	public Map<CanvasBlock, String> blocks() {
		Map<CanvasBlock, String> blocks = new EnumMap<>(CanvasBlock.class);
		blocks.put(CanvasBlock.PURPOSE, orEmpty(this.purpose));
		blocks.put(CanvasBlock.AUDIENCE, orEmpty(this.audience));
		blocks.put(CanvasBlock.VALUES, orEmpty(this.values));
		blocks.put(CanvasBlock.GOAL, orEmpty(this.goal));
		blocks.put(CanvasBlock.EXPECTATIONS, orEmpty(this.expectations));
		blocks.put(CanvasBlock.ROLES, orEmpty(this.roles));
		blocks.put(CanvasBlock.RULES, orEmpty(this.rules));
		blocks.put(CanvasBlock.GOVERNANCE, orEmpty(this.governance));
		blocks.put(CanvasBlock.COMMUNICATION, orEmpty(this.communication));
		blocks.put(CanvasBlock.METRICS, orEmpty(this.metrics));
		return blocks;
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	public int getNumber() {
		return this.number;
	}

	public String getWhy() {
		return this.why;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
