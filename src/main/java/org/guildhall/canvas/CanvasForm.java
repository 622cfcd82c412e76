package org.guildhall.canvas;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The canvas as a form: the ten blocks (Markdown), why it changes, and the version the
 * editor started from, so that a save on top of someone else's newer one is caught.
 */
class CanvasForm {

	static final int MAX_BLOCK_LENGTH = 5000;

	private Integer baseNumber;

	@NotBlank
	@Size(max = 300)
	private String why;

	private Map<String, String> blocks = new LinkedHashMap<>();

	static CanvasForm from(CanvasVersion current) {
		CanvasForm form = new CanvasForm();
		for (CanvasBlock block : CanvasBlock.values()) {
			form.blocks.put(block.key(), (current != null) ? current.blocks().get(block) : "");
		}
		form.baseNumber = (current != null) ? current.getNumber() : 0;
		return form;
	}

	Map<CanvasBlock, String> blockTexts() {
		Map<CanvasBlock, String> texts = new LinkedHashMap<>();
		for (CanvasBlock block : CanvasBlock.values()) {
			texts.put(block, this.blocks.getOrDefault(block.key(), ""));
		}
		return texts;
	}

	public Integer getBaseNumber() {
		return this.baseNumber;
	}

	public void setBaseNumber(Integer baseNumber) {
		this.baseNumber = baseNumber;
	}

	public String getWhy() {
		return this.why;
	}

	public void setWhy(String why) {
		this.why = why;
	}

	public Map<String, String> getBlocks() {
		return this.blocks;
	}

	public void setBlocks(Map<String, String> blocks) {
		this.blocks = (blocks != null) ? blocks : new LinkedHashMap<>();
	}

}
