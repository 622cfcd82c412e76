package org.guildhall.audit;

import java.time.Instant;

/**
 * One row of the audit trail: when, who (with the email they had then), what, to whom or
 * what, from which address, and whether it succeeded.
 */
record AuditEntry(Long id, Instant occurredAt, Long actorId, String actorEmail, AuditAction action, String targetType,
		Long targetId, String targetLabel, String clientAddress, boolean success, String detail) {

	/** What the page shows for the target: its label, else its kind and id. */
	public String target() {
		if (this.targetLabel != null) {
			return this.targetLabel;
		}
		return (this.targetType != null && this.targetId != null) ? this.targetType + " #" + this.targetId : "";
	}

}
