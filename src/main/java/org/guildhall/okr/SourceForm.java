package org.guildhall.okr;

import org.guildhall.metrics.Aggregation;

/**
 * Where a key result's value comes from: check-ins by hand, or a metric the roll-up
 * reads.
 */
class SourceForm {

	private Long version;

	private boolean followMetric;

	private String metricKey;

	private String businessUnit;

	private Aggregation aggregation;

	static SourceForm from(KeyResult keyResult) {
		SourceForm form = new SourceForm();
		form.version = keyResult.getVersion();
		form.followMetric = keyResult.getSource() == KeyResultSource.METRIC;
		form.metricKey = keyResult.getMetricKey();
		form.businessUnit = keyResult.getMetricBusinessUnit();
		form.aggregation = (keyResult.getMetricAggregation() != null) ? keyResult.getMetricAggregation()
				: Aggregation.PERIOD_SUM;
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isFollowMetric() {
		return this.followMetric;
	}

	public void setFollowMetric(boolean followMetric) {
		this.followMetric = followMetric;
	}

	public String getMetricKey() {
		return this.metricKey;
	}

	public void setMetricKey(String metricKey) {
		this.metricKey = metricKey;
	}

	public String getBusinessUnit() {
		return this.businessUnit;
	}

	public void setBusinessUnit(String businessUnit) {
		this.businessUnit = businessUnit;
	}

	public Aggregation getAggregation() {
		return this.aggregation;
	}

	public void setAggregation(Aggregation aggregation) {
		this.aggregation = aggregation;
	}

}
