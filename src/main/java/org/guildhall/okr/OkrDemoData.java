package org.guildhall.okr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.database.ConditionalOnDemoData;
import org.guildhall.database.DemoDataSet;
import org.guildhall.database.DemoStep;
import org.guildhall.member.DemoPeople;
import org.guildhall.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three OKRs of the talk over this quarter and the last (closed, graded), with a
 * weekly check-in history: some key results at risk, one stale. Loaded once, after the
 * demo community, when no period exists yet.
 */
@Component
@ConditionalOnDemoData
class OkrDemoData implements DemoDataSet {

	private static final Logger log = LoggerFactory.getLogger(OkrDemoData.class);

	private final OkrPeriodRepository periods;

	private final ObjectiveRepository objectives;

	private final CheckInRepository checkIns;

	private final BusinessGoalRepository goals;

	private final Members members;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OkrDemoData(OkrPeriodRepository periods, ObjectiveRepository objectives, CheckInRepository checkIns,
			BusinessGoalRepository goals, Members members, TransactionTemplate transaction, Clock clock) {
		this.periods = periods;
		this.objectives = objectives;
		this.checkIns = checkIns;
		this.goals = goals;
		this.members = members;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public DemoStep step() {
		return DemoStep.OKRS;
	}

	@Override
	public boolean load() {
		if (this.periods.count() > 0) {
			return true;
		}
		this.transaction.executeWithoutResult((status) -> write());
		return true;
	}

	private void write() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		LocalDate lastQuarter = thisQuarter.minusMonths(3);
		OkrPeriod previous = this.periods
			.save(new OkrPeriod(quarterName(lastQuarter), lastQuarter, thisQuarter.minusDays(1)));
		OkrPeriod current = this.periods
			.save(new OkrPeriod(quarterName(thisQuarter), thisQuarter, thisQuarter.plusMonths(3).minusDays(1)));
		long lead = this.members.principal(DemoPeople.LEAD).id();

		List<Planned> lastQuarterObjectives = talkObjectives(previous, lead, 0.85);
		LocalDate lastDay = previous.getEndsOn();
		List<String> wentWell = List.of("Postmortems became blameless and quick; the on-call load dropped.",
				"Two hackathons mixed four business units for the first time.",
				"Training sessions were full; members asked for hands-on labs.");
		List<String> didNot = List.of("Availability dipped twice during the payments migration.",
				"Workshops clustered in European hours; Latin America joined less.",
				"Certification exams were hard to schedule across time zones.");
		List<String> next = List.of("Add chaos experiments on the payment path before the next migration.",
				"Rotate session times so every region gets convenient slots.",
				"Pair certified heroes with sidekicks preparing for the exam.");
		for (int i = 0; i < lastQuarterObjectives.size(); i++) {
			history(lastQuarterObjectives.get(i), previous.getStartsOn(), lastDay, lead);
			Objective objective = lastQuarterObjectives.get(i).objective();
			BigDecimal grade = BigDecimal.valueOf(objective.score().value()).setScale(2, RoundingMode.HALF_UP);
			objective.close(grade, wentWell.get(i), didNot.get(i), next.get(i));
		}
		previous.close(lastDay.plusDays(3).atTime(16, 0).toInstant(ZoneOffset.UTC), lead);

		List<Planned> thisQuarterObjectives = talkObjectives(current, lead, 0.55);
		for (Planned planned : thisQuarterObjectives) {
			history(planned, current.getStartsOn(), today, lead);
		}
		log.info("Loaded the demo OKRs: {} and {}, {} objectives", previous.getName(), current.getName(),
				lastQuarterObjectives.size() + thisQuarterObjectives.size());
	}

	/**
	 * The talk's three objectives, each key result reaching {@code progress} of the way.
	 */
	private List<Planned> talkObjectives(OkrPeriod period, long lead, double progress) {
		List<Planned> created = new ArrayList<>();
		created.add(objective(period, "Improve reliability and availability",
				"Unreliable services cost clients and weekends; the community exists to change that.", "Reliability",
				lead,
				List.of(new Demo("Cut incidents impacting production services by 25%", KeyResultKind.DECREASE_TO,
						Unit.COUNT, "40", "30", DemoPeople.email("Ana Pereira"), progress, false),
						new Demo("Keep payment services available at 99.9% or more", KeyResultKind.STAY_ABOVE,
								Unit.PERCENT, "99.8", "99.9", DemoPeople.email("Priya Sharma"), progress, false))));
		created.add(objective(period, "Improve team collaboration",
				"It looked like we worked for different companies; shared work builds one engineering culture.",
				"Velocity", this.members.principal(DemoPeople.email("Santiago Herrera")).id(),
				List.of(new Demo("Launch 6 cross-functional workshops or hackathons with global groups",
						KeyResultKind.INCREASE_TO, Unit.COUNT, "0", "6", DemoPeople.MEMBER, progress * 0.8, false),
						new Demo("Run the first game day across two business units", KeyResultKind.MILESTONE,
								Unit.COUNT, "0", "1", DemoPeople.email("Andrei Ionescu"), progress, true))));
		created.add(objective(period, "Increase SRE enterprise capabilities",
				"Clients choose partners who run reliable services; skills are how we get there.", "Winning clients",
				this.members.principal(DemoPeople.email("Valentina Gómez")).id(),
				List.of(new Demo("Increase participation in SRE training or certification by 30% (50 to 65 members)",
						KeyResultKind.INCREASE_TO, Unit.COUNT, "50", "65", DemoPeople.email("Valentina Gómez"),
						progress * 0.8, false),
						new Demo("Certify 8 members as SRE practitioners", KeyResultKind.INCREASE_TO, Unit.COUNT, "0",
								"8", DemoPeople.email("Jonas Becker"), progress, false))));
		return created;
	}

	/**
	 * A key result of the demo, and how far it gets; a stale one stops checking in early.
	 */
	private record Demo(String title, KeyResultKind kind, Unit unit, String baseline, String target, String owner,
			double progress, boolean stale) {
	}

	private Planned objective(OkrPeriod period, String title, String why, String goal, long owner, List<Demo> demos) {
		Long goalId = this.goals.findAllByName()
			.stream()
			.filter((candidate) -> candidate.getName().equals(goal))
			.findFirst()
			.orElseThrow()
			.getId();
		Objective objective = new Objective(period, title, why, goalId, owner);
		List<Long> ids = new ArrayList<>();
		List<KeyResult.Definition> definitions = new ArrayList<>();
		for (Demo demo : demos) {
			ids.add(null);
			definitions
				.add(new KeyResult.Definition(demo.title(), demo.kind(), demo.unit(), new BigDecimal(demo.baseline()),
						new BigDecimal(demo.target()), BigDecimal.ONE, this.members.principal(demo.owner()).id()));
		}
		objective.reviseKeyResults(ids, definitions);
		return new Planned(this.objectives.saveAndFlush(objective), demos);
	}

	/** A demo objective with the plan of each of its key results. */
	private record Planned(Objective objective, List<Demo> plans) {
	}

	/**
	 * Weekly check-ins from the period's start to {@code until}, moving each key result
	 * along.
	 */
	private void history(Planned planned, LocalDate from, LocalDate until, long lead) {
		List<Demo> plans = planned.plans();
		List<KeyResult> keyResults = planned.objective().getKeyResults();
		long weeks = Math.max(1, ChronoUnit.WEEKS.between(from, until));
		for (int k = 0; k < keyResults.size(); k++) {
			KeyResult keyResult = keyResults.get(k);
			Demo plan = plans.get(k);
			long lastWeek = plan.stale() ? Math.max(1, weeks - 3) : weeks;
			for (long week = 1; week <= lastWeek; week++) {
				double share = plan.progress() * week / weeks;
				Instant at = from.plusWeeks(week).minusDays(1).atTime(15, 0).toInstant(ZoneOffset.UTC);
				BigDecimal value = valueAt(plan, share, week);
				Confidence confidence = confidence(plan, share, week, weeks);
				this.checkIns.save(keyResult.checkIn(value, confidence, note(confidence), at,
						(week % 3 == 0) ? lead : keyResult.getOwnerId()));
			}
		}
	}

	private static BigDecimal valueAt(Demo plan, double share, long week) {
		BigDecimal baseline = new BigDecimal(plan.baseline());
		BigDecimal target = new BigDecimal(plan.target());
		return switch (plan.kind()) {
			case MILESTONE -> (share >= 0.8) ? BigDecimal.ONE : BigDecimal.ZERO;
			case STAY_ABOVE -> (week == 3) ? new BigDecimal("99.86")
					: new BigDecimal("99.9").add(BigDecimal.valueOf((week % 4) * 0.01));
			default -> baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(share)))
				.setScale(0, RoundingMode.HALF_UP);
		};
	}

	private static Confidence confidence(Demo plan, double share, long week, long weeks) {
		if (plan.kind() == KeyResultKind.STAY_ABOVE && week == 3) {
			return Confidence.OFF_TRACK;
		}
		double expected = (double) week / weeks;
		if (plan.kind().isMilestone()) {
			return (week > weeks / 2) ? Confidence.AT_RISK : Confidence.ON_TRACK;
		}
		return (share < expected * 0.5) ? Confidence.AT_RISK : Confidence.ON_TRACK;
	}

	private static String note(Confidence confidence) {
		return switch (confidence) {
			case ON_TRACK -> "Moving as planned.";
			case AT_RISK -> "Slower than planned; raised at the core-team sync.";
			case OFF_TRACK -> "Breached this week; postmortem scheduled.";
		};
	}

	private static String quarterName(LocalDate start) {
		return start.getYear() + " Q" + ((start.getMonthValue() - 1) / 3 + 1);
	}

}
