/**
 * Knowledge shares: failure and success stories, postmortems, how-tos and talks that
 * members share with the community.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge shares",
		allowedDependencies = { "database", "experiment", "member", "metrics", "web" })
package org.guildhall.share;
