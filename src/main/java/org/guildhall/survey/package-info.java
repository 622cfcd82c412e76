/**
 * The expectations survey: rounds a lead opens, the answers members give once per round,
 * the results as counts and words, and the backlog items born from an expectation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expectations survey")
package org.guildhall.survey;
