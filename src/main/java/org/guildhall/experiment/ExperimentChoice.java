package org.guildhall.experiment;

/**
 * An experiment as other features offer it in a select.
 */
public record ExperimentChoice(Long id, String title) {
}
