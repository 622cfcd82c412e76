package org.guildhall.database;

/**
 * One module's part of the demo community, loaded by {@link DemoDataLoader} at its
 * {@link DemoStep}, into tables that are still empty.
 */
public interface DemoDataSet {

	DemoStep step();

	/**
	 * Loads this part unless its tables already hold rows.
	 * @return false when the demo cannot go on: its people are not there to build on
	 */
	boolean load();

}
