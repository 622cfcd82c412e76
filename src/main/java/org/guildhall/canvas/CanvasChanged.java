package org.guildhall.canvas;

import java.time.Instant;

/**
 * A lead saved a new version of the community's canvas.
 */
public record CanvasChanged(int version, Long authorId, String why, Instant savedAt) {
}
