/**
 * The Reliability League: heroes paired with sidekicks to grow skills, suggestions that
 * respect skills, working hours and capacity, and a game whose points, levels and badges
 * come from what members actually do, so that the community creates more heroes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reliability League",
		allowedDependencies = { "database", "experiment", "member", "metrics", "session", "share", "web" })
package org.guildhall.league;
