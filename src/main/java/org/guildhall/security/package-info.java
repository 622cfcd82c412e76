/**
 * Who may do what: signing in and out, the first lead's set-up, sign-in links, passwords,
 * and the access rules of every URL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "database", "member", "web" })
package org.guildhall.security;
