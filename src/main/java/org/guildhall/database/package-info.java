/**
 * The embedded PostgreSQL that lets anyone try Guildhall without installing a database
 * server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Embedded database", allowedDependencies = {})
package org.guildhall.database;
