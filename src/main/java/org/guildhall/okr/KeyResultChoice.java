package org.guildhall.okr;

/**
 * A key result as other features offer it in a select: its id and "Objective › key
 * result".
 */
public record KeyResultChoice(Long id, String label) {
}
