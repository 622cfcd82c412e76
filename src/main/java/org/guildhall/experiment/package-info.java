/**
 * Learning by doing: experiments recorded along Kolb's cycle, successes and failures
 * alike, chained and scaled up the scope ladder with evidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experiments")
package org.guildhall.experiment;
