package org.porchlight.sync.engine;

import org.porchlight.sync.store.SyncRunMode;

/** Runs one sync to its end on the calling thread. */
@FunctionalInterface
interface SyncRunner {

	/**
	 * Runs one feed, or every feed when {@code feedId} is {@code null}, in {@code mode}. A feed whose lock another
	 * process holds is left out.
	 */
	void run(String feedId, SyncRunMode mode, String requestedBy);

	/**
	 * Runs what the schedule calls for: nothing for a paused feed, a reconcile run once the reconcile interval has
	 * passed, and an incremental run otherwise.
	 */
	default void runScheduled() {
		run(null, SyncRunMode.INCREMENTAL, SyncScheduling.SCHEDULE);
	}

	/** Returns whether a scheduled run found its feed's lock held by another process and has not run since. */
	default boolean hasScheduledRunsWaiting() {
		return false;
	}

	/** Runs the scheduled runs that found their feed's lock held, for the feeds whose lock is free now. */
	default void runWaitingScheduled() {
	}

}
