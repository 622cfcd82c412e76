/**
 * The community's members: who they are, where they work, and which skills they hold and
 * want to learn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members", allowedDependencies = { "database", "web" })
package org.guildhall.member;
