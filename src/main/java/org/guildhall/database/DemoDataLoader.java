package org.guildhall.database;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the demo community at start-up, one {@link DemoDataSet} after another in
 * {@link DemoStep} order, before any other start-up work reads the tables.
 */
@Component
@ConditionalOnDemoData
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

	private final List<DemoDataSet> sets;

	DemoDataLoader(List<DemoDataSet> sets) {
		this.sets = sets.stream().sorted(Comparator.comparing(DemoDataSet::step)).toList();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (DemoDataSet set : this.sets) {
			if (!set.load()) {
				return;
			}
		}
	}

}
