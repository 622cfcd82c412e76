/**
 * The audit trail: who signed in or failed to, who changed whose rights, and what
 * happened to sign-in links, sessions and API tokens, kept for leads to read and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
		allowedDependencies = { "canvas", "member", "okr", "security", "web" })
package org.guildhall.audit;
