package org.guildhall.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.member.Members;
import org.guildhall.metrics.MetricReading;
import org.guildhall.metrics.MetricsService;
import org.guildhall.web.RuleViolationException;
import org.guildhall.web.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key results that follow a community metric: a lead binds one, and after each roll-up
 * its value updates with a check-in that shows the formula and the figures. A value set
 * by hand in between is replaced, and the roll-up's check-in says so.
 */
@Service
@Transactional(readOnly = true)
class MetricFollowing {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final KeyResultRepository keyResults;

	private final CheckInRepository checkIns;

	private final MetricsService metrics;

	private final Members members;

	private final Clock clock;

	MetricFollowing(KeyResultRepository keyResults, CheckInRepository checkIns, MetricsService metrics, Members members,
			Clock clock) {
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.metrics = metrics;
		this.members = members;
		this.clock = clock;
	}

	KeyResult keyResult(Long id) {
		return this.keyResults.findWithPeriod(id).orElseThrow(() -> new OkrNotFoundException("key result", id));
	}

	/**
	 * Binds a key result to a metric, or back to check-ins by hand, and reads the metric
	 * at once when the roll-up already covers the period.
	 */
	@Transactional
	KeyResult follow(Long id, SourceForm form) {
		KeyResult keyResult = keyResult(id);
		Versions.requireCurrent(KeyResult.class, id, keyResult.getVersion(), form.getVersion());
		keyResult.getObjective().getPeriod().requireOpen();
		if (!form.isFollowMetric()) {
			keyResult.followCheckIns();
			return this.keyResults.saveAndFlush(keyResult);
		}
		if (this.metrics.find(form.getMetricKey()).isEmpty()) {
			throw new RuleViolationException("metricKey", "okr.source.metric");
		}
		if (form.getAggregation() == null) {
			throw new RuleViolationException("aggregation", "okr.source.aggregation");
		}
		String unit = (form.getBusinessUnit() == null || form.getBusinessUnit().isBlank()) ? null
				: form.getBusinessUnit();
		if (unit != null && !this.metrics.businessUnits().contains(unit)) {
			throw new RuleViolationException("businessUnit", "okr.source.businessUnit");
		}
		keyResult.follow(form.getMetricKey(), unit, form.getAggregation());
		this.keyResults.saveAndFlush(keyResult);
		checkInFromMetric(keyResult);
		return keyResult;
	}

	/** After a roll-up: every open key result that follows a metric takes its reading. */
	@Transactional
	int followAll() {
		List<KeyResult> following = this.keyResults.findOpenBySource(KeyResultSource.METRIC);
		int updated = 0;
		for (KeyResult keyResult : following) {
			if (checkInFromMetric(keyResult)) {
				updated++;
			}
		}
		return updated;
	}

	private boolean checkInFromMetric(KeyResult keyResult) {
		OkrPeriod period = keyResult.getObjective().getPeriod();
		Optional<MetricReading> reading = this.metrics.reading(keyResult.getMetricKey(),
				keyResult.getMetricBusinessUnit(), keyResult.getMetricAggregation(), period.getStartsOn(),
				period.getEndsOn());
		if (reading.isEmpty()) {
			return false;
		}
		Optional<CheckIn> latest = this.checkIns.findFirstByKeyResultIdOrderByRecordedAtDescIdDesc(keyResult.getId());
		String provenance = latest.filter((checkIn) -> checkIn.getOrigin() == KeyResultSource.MANUAL)
			.map((manual) -> replaced(manual, keyResult) + reading.get().provenance())
			.orElse(reading.get().provenance());
		Confidence confidence = latest.map(CheckIn::getConfidence).orElse(Confidence.ON_TRACK);
		CheckIn checkIn = keyResult.checkInFromMetric(reading.get().value(), confidence, provenance,
				this.clock.instant());
		this.keyResults.save(keyResult);
		this.checkIns.save(checkIn);
		return true;
	}

	private String replaced(CheckIn manual, KeyResult keyResult) {
		String who = (manual.getRecordedBy() != null)
				? this.members.namesOf(List.of(manual.getRecordedBy())).getOrDefault(manual.getRecordedBy(), "someone")
				: "someone";
		return "Replaces the value " + plain(manual.getValue()) + " " + who + " set by hand on "
				+ DAY.format(manual.getRecordedAt()) + ((manual.getNote() != null) ? " (" + manual.getNote() + ")" : "")
				+ ". ";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
