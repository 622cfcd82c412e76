/**
 * The community's OKRs: objectives aligned to business goals, key results that score
 * themselves, check-ins with confidence, and the managers' dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OKRs",
		allowedDependencies = { "database", "member", "metrics", "web" })
package org.guildhall.okr;
