/**
 * The frame every page uses: layout support, paging links, times in the viewer's zone,
 * and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = {})
package org.guildhall.web;
