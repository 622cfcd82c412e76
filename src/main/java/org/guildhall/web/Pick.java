package org.guildhall.web;

/**
 * One thing a picker offers: a person, a key result, a backlog item. {@code detail} tells
 * apart two with the same label (a business unit, an objective, a status).
 */
public record Pick(Long id, String label, String detail) {
}
