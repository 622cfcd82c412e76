/**
 * The frame every page uses: layout support, paging links, times in the viewer's zone,
 * and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.guildhall.web;
