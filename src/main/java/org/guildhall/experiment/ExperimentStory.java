package org.guildhall.experiment;

import java.util.List;

import org.guildhall.web.Link;

/**
 * An experiment as its page tells it: who wrote it, what it concerns, what came before
 * and after it in its chain, and each rung it climbed.
 */
record ExperimentStory(Experiment experiment, String authorName, List<String> coAuthorNames, List<String> skills,
		Link parent, List<Link> followUps, Link backlogItem, String keyResult, List<PromotionView> promotions) {

	/** A promotion with the name of who made it. */
	public record PromotionView(Promotion promotion, String promotedBy) {
	}

}
