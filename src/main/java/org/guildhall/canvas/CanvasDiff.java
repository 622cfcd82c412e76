package org.guildhall.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * What changed in each block between two versions, line by line, as a reader follows it:
 * lines kept, removed and added.
 */
record CanvasDiff(CanvasVersion from, CanvasVersion to, List<BlockDiff> blocks) {

	/** One block's changes; {@code changed} is false when the block reads the same. */
	public record BlockDiff(CanvasBlock block, boolean changed, List<Line> lines) {
	}

	/** A line of a block, kept, removed or added. */
	public record Line(Kind kind, String text) {
	}

	/** What happened to a line. */
	public enum Kind {

		KEPT, REMOVED, ADDED

	}

	private static final DiffRowGenerator ROWS = DiffRowGenerator.create()
		.showInlineDiffs(false)
		// the page escapes the text itself; the default normaliser would escape it twice
		.lineNormalizer(Function.identity())
		.reportLinesUnchanged(true)
		.build();

	static CanvasDiff between(CanvasVersion from, CanvasVersion to) {
		List<BlockDiff> blocks = new ArrayList<>();
		for (CanvasBlock block : CanvasBlock.values()) {
			String before = from.blocks().get(block);
			String after = to.blocks().get(block);
			if (before.equals(after)) {
				blocks.add(new BlockDiff(block, false, List.of()));
				continue;
			}
			List<Line> lines = new ArrayList<>();
			for (DiffRow row : ROWS.generateDiffRows(lines(before), lines(after))) {
				switch (row.getTag()) {
					case EQUAL -> lines.add(new Line(Kind.KEPT, row.getOldLine()));
					case DELETE -> lines.add(new Line(Kind.REMOVED, row.getOldLine()));
					case INSERT -> lines.add(new Line(Kind.ADDED, row.getNewLine()));
					case CHANGE -> {
						if (!row.getOldLine().isEmpty()) {
							lines.add(new Line(Kind.REMOVED, row.getOldLine()));
						}
						if (!row.getNewLine().isEmpty()) {
							lines.add(new Line(Kind.ADDED, row.getNewLine()));
						}
					}
				}
			}
			blocks.add(new BlockDiff(block, true, lines));
		}
		return new CanvasDiff(from, to, blocks);
	}

	private static List<String> lines(String text) {
		return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
	}

}
