package org.guildhall.database;

/**
 * The order the demo community is built in, each part on the ones before it: people and
 * skills first, the roll-up's outcome history last.
 */
public enum DemoStep {

	MEMBERS, CANVAS, OKRS, BACKLOG, EXPERIMENTS, SHARES, SESSIONS, SURVEYS, LEAGUE, METRICS

}
