/**
 * The community's backlog: skill gaps, certifications, business implementations and
 * customer challenges, voted on by members and ordered by the lead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backlog",
		allowedDependencies = { "database", "member", "okr", "web" })
package org.guildhall.backlog;
