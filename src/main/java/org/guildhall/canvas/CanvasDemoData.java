package org.guildhall.canvas;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Members;

import org.springframework.stereotype.Component;

/**
 * The talk's canvas, condensed, in two versions so that the history has something to
 * compare. Loaded once, after the demo community, when there is no canvas yet.
 */
@Component
@ConditionalOnDemoData
class CanvasDemoData implements DemoDataSet {

	private final CanvasVersionRepository versions;

	private final Members members;

	private final Clock clock;

	CanvasDemoData(CanvasVersionRepository versions, Members members, Clock clock) {
		this.versions = versions;
		this.members = members;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.CANVAS;
	}

	@Override
	public boolean load() {
		if (this.versions.count() > 0) {
			return true;
		}
		Long lead = this.members.principal(DemoPeople.LEAD).id();
		Map<CanvasBlock, String> blocks = new EnumMap<>(CanvasBlock.class);
		blocks.put(CanvasBlock.PURPOSE,
				"Bring together experts and enthusiasts to share knowledge, skills and experiences "
						+ "on improving the reliability and performance of digital services, and build a **doers culture**.");
		blocks.put(CanvasBlock.AUDIENCE, """
				- SRE, developers, DevOps, operations engineers and testers, in every country and business unit
				- Anyone who runs or builds services our clients depend on""");
		blocks.put(CanvasBlock.VALUES, """
				- Sharing knowledge
				- Experimentation: a failed experiment with a lesson is a success
				- Collaboration across teams and business units
				- Outcome-based: we show our impact""");
		blocks.put(CanvasBlock.GOAL, """
				Our OKRs, aligned to the transformation and business goals:
				- Improve reliability and availability
				- Improve team collaboration
				- Increase SRE enterprise capabilities""");
		blocks.put(CanvasBlock.EXPECTATIONS, "Real experiences, hands-on work, real failures and real victories: "
				+ "not more slides. Member experience is reality measured against expectation, so we ask every quarter.");
		blocks.put(CanvasBlock.ROLES, """
				- **CoP lead**: runs the community, deals with managers and stakeholders, drives value
				- **Core team**: designs and facilitates the sessions
				- **Members**: share, experiment, learn
				- **Heroes and sidekicks**: experts paired with learners""");
		blocks.put(CanvasBlock.RULES, """
				- A session every two weeks, in rotating time slots
				- Everyone can propose a session or an experiment""");
		blocks.put(CanvasBlock.GOVERNANCE, "The backlog is prioritised by votes and by the OKRs it serves; the lead "
				+ "orders it. OKRs are updated every week by their owners and reviewed every quarter.");
		blocks.put(CanvasBlock.COMMUNICATION, "Chat channel for day-to-day, the internal social network for "
				+ "announcements, a monthly newsletter with the shares of the month.");
		blocks.put(CanvasBlock.METRICS, """
				- Shares and collaboration: knowledge shared, cross-functional sessions
				- Experiments: how many, of which kind, with what result
				- Outcomes: availability, incidents, turnover, developer experience (session NPS)""");
		this.versions.save(new CanvasVersion(1, blocks, "First canvas, from the kick-off workshop", lead,
				this.clock.instant().minus(Duration.ofDays(120))));
		blocks.put(CanvasBlock.RULES, """
				- A session every two weeks, in rotating time slots so that no region always gets the late one
				- Everyone can propose a session or an experiment
				- The core team rotates: facilitation is shared fairly, and anyone can join the core team""");
		blocks.put(CanvasBlock.METRICS,
				blocks.get(CanvasBlock.METRICS) + "\n- Heroes created in the Reliability League");
		this.versions.save(new CanvasVersion(2, blocks, "Added the rotation rule after the first quarter", lead,
				this.clock.instant().minus(Duration.ofDays(30))));
		return true;
	}

}
