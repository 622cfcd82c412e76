/**
 * Knowledge shares: failure and success stories, postmortems, how-tos and talks that
 * members share with the community.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge shares")
package org.guildhall.share;
