/**
 * The community's rhythm: sessions with their sign-ups and attendance, the facilitator
 * rotation of the core team, and the feedback (NPS) that tells whether sessions are worth
 * attending.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions",
		allowedDependencies = { "backlog", "database", "member", "metrics", "okr", "web" })
package org.guildhall.session;
