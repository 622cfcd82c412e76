package org.guildhall.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.guildhall.member.MemberFixtures;
import org.guildhall.support.GuildhallTest;
import org.guildhall.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roll-up against hand-made records on a day of their own (in years no other test
 * writes), so that the figures below can be worked out by hand.
 */
@GuildhallTest
class RollUpTests {

	@Autowired
	RollUp rollUp;

	@Autowired
	MetricsFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	LockProvider lockProvider;

	@Autowired
	LockingTaskExecutor locks;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestClock clock;

	@Autowired
	MetricCatalogue catalogue;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	MockMvc mvc;

	@Autowired
	MemberFixtures members;

	/**
	 * Each test gets two months of its own, after every day an earlier run rolled up in
	 * the fixtures' century, so reruns on one database never share a day.
	 */
	private static LocalDate base;

	private static final AtomicInteger TESTS = new AtomicInteger();

	private LocalDate day;

	private String unit;

	private String otherUnit;

	@BeforeEach
	void aDayOfItsOwn() {
		if (base == null) {
			LocalDate latest = this.jdbc
				.queryForObject("select max(day) from metric_days where day < date '2000-01-01'", LocalDate.class);
			base = (latest != null) ? latest.plusDays(90) : LocalDate.of(1900, 1, 1);
		}
		this.day = base.plusDays(60L * TESTS.getAndIncrement());
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.unit = "Roll-up unit " + run;
		this.otherUnit = "Roll-up other " + run;
	}

	@AfterEach
	void backToRealTime() {
		this.clock.reset();
	}

	@Test
	void eachMetricCountsTheRecordsOfItsDayOverallAndPerBusinessUnit() {
		MetricsFixtures.Community c = this.fixtures.community(this.day, this.unit, this.otherUnit);

		this.rollUp.backfill(this.day.minusDays(1), this.day.plusDays(31), null).orElseThrow();

		assertThat(value("experiments.logged", this.unit, this.day)).isEqualByComparingTo("2");
		assertThat(value("experiments.logged", this.otherUnit, this.day)).isEqualByComparingTo("1");
		assertThat(value("experiments.logged", null, this.day)).isEqualByComparingTo("3");
		assertThat(value("experiments.logged", null, this.day.minusDays(1))).as("a flow's empty day is a zero")
			.isEqualByComparingTo("0");
		assertThat(value("experiments.logged", this.unit, this.day.minusDays(1)))
			.as("business units keep only days that counted something")
			.isNull();
		assertThat(value("experiments.chaos", this.unit, this.day)).isEqualByComparingTo("1");
		assertThat(value("experiments.concluded.refuted", this.unit, this.day.plusDays(1))).isEqualByComparingTo("1");
		assertThat(value("experiments.concluded.refuted", this.unit, this.day)).isNull();
		assertThat(value("experiments.promotions", this.unit, this.day.plusDays(1))).isEqualByComparingTo("1");
		assertThat(value("shares.published", this.unit, this.day)).isEqualByComparingTo("1");
		assertThat(value("sessions.cross_functional", null, this.day)).as("one of the two sessions mixes units")
			.isEqualByComparingTo("1");
		assertThat(value("sessions.cross_functional", this.unit, this.day)).isEqualByComparingTo("1");
		assertThat(value("sessions.cross_functional", this.otherUnit, this.day)).isEqualByComparingTo("1");
		assertThat(value("sessions.attendance", this.unit, this.day)).isEqualByComparingTo("3");
		assertThat(value("sessions.attendance", this.otherUnit, this.day)).isEqualByComparingTo("1");
		assertThat(value("sessions.nps", null, this.day)).as("10, 9 and 3: (2 − 1) / 3").isEqualByComparingTo("33.3");
		assertThat(value("sessions.nps", this.unit, this.day)).as("two answers are not enough").isNull();
		assertThat(value("sessions.nps", null, this.day.plusDays(30))).as("still within 90 days")
			.isEqualByComparingTo("33.3");
		assertThat(value("pairings.cross_unit", null, this.day)).isEqualByComparingTo("1");
		assertThat(value("pairings.cross_unit", this.unit, this.day)).isEqualByComparingTo("1");
		assertThat(value("pairings.cross_unit", this.otherUnit, this.day)).isEqualByComparingTo("1");
		assertThat(value("pairings.completed", this.unit, this.day.plusDays(2))).isEqualByComparingTo("1");
		assertThat(value("league.heroes_created", this.otherUnit, this.day.plusDays(2))).isEqualByComparingTo("1");
		assertThat(value("community.active_members", this.unit, this.day)).as("both members of the unit")
			.isEqualByComparingTo("2");
		assertThat(value("community.active_members", this.unit, this.day.plusDays(29))).isEqualByComparingTo("2");
		assertThat(value("community.active_members", this.unit, this.day.plusDays(31)))
			.as("30 days after, only the one who checked in on a pairing later")
			.isEqualByComparingTo("1");
		assertThat(value("community.contributors", this.unit, this.day))
			.as("the attendee who only answered feedback did not contribute")
			.isEqualByComparingTo("1");
		assertThat(c.members()).hasSize(3);
	}

	@Test
	void outcomeMeasuresCountTheirLatestPeriodAveragedOrSummedAcrossServices() {
		this.members.asLead(this::recordOutcomesOfTwoServices);

		this.rollUp.backfill(this.day.minusDays(1), this.day.plusDays(2), null).orElseThrow();

		assertThat(value("outcomes.availability", this.unit, this.day)).as("(99.0 + 99.8) / 2")
			.isEqualByComparingTo("99.4");
		assertThat(value("outcomes.availability", this.unit, this.day.plusDays(2)))
			.as("search's newer period replaces its older one: (99.0 + 98.0) / 2")
			.isEqualByComparingTo("98.5");
		assertThat(value("outcomes.incidents", this.unit, this.day)).as("3 + 4").isEqualByComparingTo("7");
	}

	private Void recordOutcomesOfTwoServices() {
		record(OutcomeMeasure.AVAILABILITY, "checkout", this.day.minusDays(30), "99.0");
		record(OutcomeMeasure.AVAILABILITY, "search", this.day.minusDays(30), "99.8");
		record(OutcomeMeasure.AVAILABILITY, "search", this.day.plusDays(1), "98.0");
		record(OutcomeMeasure.INCIDENTS, "checkout", this.day.minusDays(30), "3");
		record(OutcomeMeasure.INCIDENTS, "search", this.day.minusDays(30), "4");
		return null;
	}

	private void record(OutcomeMeasure measure, String service, LocalDate end, String value) {
		this.outcomes.record(outcome(measure, service, end, value), OutcomeOrigin.MANUAL, null, null);
	}

	/** A month-long period of a service of the test's unit, ending on a day. */
	private OutcomeRecord outcome(OutcomeMeasure measure, String service, LocalDate end, String value) {
		return new OutcomeRecord(measure, this.unit, service, end.minusDays(29), end, new BigDecimal(value));
	}

	@Test
	void eachFigureLinksToTheListOfTheRecordsBehindIt() throws Exception {
		this.fixtures.community(this.day, this.unit, this.otherUnit);
		this.rollUp.backfill(this.day, this.day.plusDays(1), null).orElseThrow();

		for (String key : List.of("experiments.logged", "experiments.chaos", "experiments.concluded.refuted",
				"shares.published")) {
			Metric metric = this.catalogue.find(key).orElseThrow();
			BigDecimal figure = value(key, null, this.day).add(value(key, null, this.day.plusDays(1)));
			String records = metric.recordsBetween(this.day, this.day.plusDays(1));
			int listed = Jsoup
				.parse(this.mvc.perform(get(records).with(user(this.members.lead())))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
				.select("#experiments > li, #shares > li")
				.size();
			assertThat(listed).as("%s: %s", key, records).isEqualTo(figure.intValueExact()).isPositive();
		}
		Metric crossFunctional = this.catalogue.find("sessions.cross_functional").orElseThrow();
		String sessions = this.mvc
			.perform(get(crossFunctional.recordsBetween(this.day, this.day)).with(user(this.members.lead())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(sessions).select("#sessions > li").eachText())
			.as("the day's two sessions, the one counted marked cross-functional")
			.hasSize(2)
			.filteredOn((row) -> row.contains("Cross-functional"))
			.hasSize(value("sessions.cross_functional", null, this.day).intValueExact());
	}

	@Test
	void rollingUpTheSameDaysTwiceGivesTheSameRowsAndForgetsWhatIsGone() {
		MetricsFixtures.Community c = this.fixtures.community(this.day, this.unit, this.otherUnit);
		LocalDate first = this.day.minusDays(2);
		LocalDate last = this.day.plusDays(3);

		this.rollUp.backfill(first, last, null).orElseThrow();
		List<Map<String, Object>> once = snapshots(first, last);
		this.rollUp.backfill(first, last, null).orElseThrow();

		assertThat(snapshots(first, last)).isEqualTo(once);
		assertThat(once).isNotEmpty();

		this.jdbc.update("delete from knowledge_shares where id = ?", c.shareId());
		this.rollUp.backfill(first, last, null).orElseThrow();

		assertThat(value("shares.published", this.unit, this.day)).isNull();
		assertThat(value("experiments.logged", this.unit, this.day)).isEqualByComparingTo("2");
	}

	@Test
	void theNightlyRunCatchesUpEveryDayMissedWhileNothingRan() {
		this.rollUp.catchUp(RollUpTrigger.LEAD, null, true).orElseThrow();
		LocalDate lastComplete = this.jdbc.queryForObject("select max(day) from metric_days where complete",
				LocalDate.class);
		LocalDate realToday = LocalDate.now(ZoneOffset.UTC);
		// Three nights without a run: the fourth day dawns.
		this.clock.advance(Duration.ofDays(realToday.until(lastComplete.plusDays(4)).getDays()));

		RollUp.Run run = this.rollUp.catchUp(RollUpTrigger.SCHEDULE, null, false).orElseThrow();

		assertThat(List.of(run.firstDay(), run.lastDay())).containsExactly(lastComplete.plusDays(1),
				lastComplete.plusDays(3));
		assertThat(this.jdbc.queryForObject("select count(*) from metric_days where complete and day between ? and ?",
				Long.class, lastComplete.plusDays(1), lastComplete.plusDays(3)))
			.isEqualTo(3);
		assertThat(this.rollUp.catchUp(RollUpTrigger.SCHEDULE, null, false)).as("nothing left to catch up").isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from metric_snapshots where day = ? and metric_key = ?",
				Long.class, lastComplete.plusDays(2), "experiments.logged"))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void whileAnotherInstanceHoldsTheLockNothingRuns() {
		Optional<SimpleLock> held = this.lockProvider
			.lock(new LockConfiguration(this.clock.instant(), RollUp.LOCK, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(held).isPresent();
		try {
			assertThat(this.rollUp.backfill(this.day, this.day, null)).isEmpty();
		}
		finally {
			held.get().unlock();
		}
		assertThat(this.rollUp.backfill(this.day, this.day, null)).isPresent();
	}

	@Test
	void twoRollUpsStartedAtOnceLeaveOneRowPerDayMetricAndUnit() throws Exception {
		this.fixtures.community(this.day, this.unit, this.otherUnit);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Optional<RollUp.Run>>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					return this.rollUp.backfill(this.day.minusDays(10), this.day.plusDays(10), null);
				}));
			}
			start.countDown();
			long ran = 0;
			for (Future<Optional<RollUp.Run>> run : runs) {
				ran += run.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0;
			}
			assertThat(ran).isBetween(1L, 2L);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (
				    select 1 from metric_snapshots where day between ? and ?
				     group by metric_key, business_unit, day having count(*) > 1) duplicates""", Long.class,
				this.day.minusDays(10), this.day.plusDays(10)))
			.isZero();
		assertThat(value("experiments.logged", this.unit, this.day)).isEqualByComparingTo("2");
	}

	@Test
	void aRunThatFailsHalfwayLeavesNoDayHalfWrittenAndFreesTheLock() {
		String good = "test.good." + UUID.randomUUID().toString().substring(0, 8);
		MetricSource source = () -> List.of(
				new Metric(good, "Good", MetricFamily.EXPERIMENTS, MetricUnit.COUNT, MetricKind.FLOW, "Always one.",
						"select cast(:fromDay as date) as day, null as business_unit, true as overall, 1 as value",
						null),
				new Metric("test.broken", "Broken", MetricFamily.EXPERIMENTS, MetricUnit.COUNT, MetricKind.FLOW,
						"Divides by zero.",
						"select cast(:fromDay as date) as day, null as business_unit, true as overall, 1 / 0 as value",
						null));
		RollUp failing = new RollUp(new MetricCatalogue(List.of(source)), this.named, this.transaction, this.locks,
				this.events, this.clock, new MetricsSettings(ZoneOffset.UTC, 365, "-"));
		Long runsBefore = this.jdbc.queryForObject("select count(*) from metric_roll_ups", Long.class);

		assertThatException().isThrownBy(() -> failing.backfill(this.day, this.day.plusDays(1), null));

		assertThat(this.jdbc.queryForObject("select count(*) from metric_snapshots where metric_key = ?", Long.class,
				good))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from metric_roll_ups", Long.class)).isEqualTo(runsBefore);
		assertThat(this.rollUp.backfill(this.day, this.day, null)).as("the lock was released").isPresent();
	}

	private BigDecimal value(String key, String businessUnit, LocalDate day) {
		List<BigDecimal> values = this.jdbc.queryForList(
				"select value from metric_snapshots where metric_key = ? and business_unit is not distinct from ? and day = ?",
				BigDecimal.class, key, businessUnit, day);
		return values.isEmpty() ? null : values.get(0);
	}

	private List<Map<String, Object>> snapshots(LocalDate first, LocalDate last) {
		return this.jdbc.queryForList("""
				select metric_key, business_unit, day, value from metric_snapshots
				 where day between ? and ? and (business_unit is null or business_unit in (?, ?))
				 order by metric_key, business_unit nulls first, day""", first, last, this.unit, this.otherUnit);
	}

}
