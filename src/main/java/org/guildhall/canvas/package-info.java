/**
 * The Minimal Viable Community canvas: the community's one-page design, owned by the
 * lead, read by all, with every version kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Canvas",
		allowedDependencies = { "database", "member", "web" })
package org.guildhall.canvas;
