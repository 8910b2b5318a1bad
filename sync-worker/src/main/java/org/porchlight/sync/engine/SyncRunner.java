package org.porchlight.sync.engine;

import org.porchlight.sync.store.SyncRunMode;

/** Runs one sync to its end on the calling thread. */
@FunctionalInterface
interface SyncRunner {

	/** Runs every feed in {@code mode}. */
	void run(SyncRunMode mode, String requestedBy);

	/**
	 * Runs what the schedule calls for: nothing for a paused feed, a reconcile run once the reconcile interval has
	 * passed, and an incremental run otherwise.
	 */
	default void runScheduled() {
		run(SyncRunMode.INCREMENTAL, SyncScheduling.SCHEDULE);
	}

}
