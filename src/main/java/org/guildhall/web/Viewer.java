package org.guildhall.web;

import java.time.ZoneId;

/**
 * The signed-in person as the pages need them: times are shown in their zone.
 */
public interface Viewer {

	ZoneId timeZone();

}
