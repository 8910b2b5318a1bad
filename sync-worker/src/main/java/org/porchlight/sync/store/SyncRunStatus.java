package org.porchlight.sync.store;

/** The state of a sync run. */
public enum SyncRunStatus {

	RUNNING,

	/** Finished; individual records may still have failed, as counted in the run's errors. */
	SUCCEEDED,

	/** Stopped before the end, for example because the server could not be reached. */
	FAILED,

	/**
	 * Stopped at an admin's request between two batches or photo sets. The data stored before the stop stays, and
	 * the checkpoint stays where the last complete search left it.
	 */
	CANCELLED

}
