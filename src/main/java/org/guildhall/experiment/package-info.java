/**
 * Learning by doing: experiments recorded along Kolb's cycle, successes and failures
 * alike, chained and scaled up the scope ladder with evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experiments",
		allowedDependencies = { "backlog", "database", "member", "metrics", "okr", "web" })
package org.guildhall.experiment;
