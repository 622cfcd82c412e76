/**
 * The expectations survey: rounds a lead opens, the answers members give once per round,
 * the results as counts and words, and the backlog items born from an expectation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expectations survey",
		allowedDependencies = { "backlog", "database", "member", "session", "web" })
package org.guildhall.survey;
