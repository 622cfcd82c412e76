package org.guildhall.backlog;

/**
 * A backlog item as other features offer it in a select.
 */
public record BacklogItemChoice(Long id, String title) {
}
