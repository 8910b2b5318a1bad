package org.porchlight.sync;

import org.porchlight.sync.store.SyncRunMode;

/** Starts and cancels sync runs on request, such as from the admin page, so that the caller does not wait for them. */
public interface SyncLauncher {

	/**
	 * Starts a run of one feed, or of every feed, in the background. When {@code porchlight.sync.remote-worker} is
	 * set, writes a request to {@code sync_request} instead, which the process that runs the sync picks up.
	 * @param feedId the feed to run, or {@code null} for every feed
	 * @param requestedBy who asked, recorded on the run
	 * @return {@code false} when a run is already in progress in this process, so no new run was started
	 * @throws IllegalArgumentException when no feed has the id
	 */
	boolean requestRun(String feedId, SyncRunMode mode, String requestedBy);

	/** Starts a run of every feed; see {@link #requestRun(String, SyncRunMode, String)}. */
	default boolean requestRun(SyncRunMode mode, String requestedBy) {
		return requestRun(null, mode, requestedBy);
	}

	/**
	 * Asks the process that runs a sync run to stop it, through the database, so that it works whichever process
	 * runs it. That process stops between two batches or photo sets and records the run as CANCELLED, with
	 * "Cancelled by &lt;requestedBy&gt;" in its errors. When no live process holds the run's feed lock any more, the
	 * run was left RUNNING by a stopped process, and it is recorded as FAILED here.
	 * @param requestedBy who asked, recorded on the run
	 */
	CancelOutcome cancel(long runId, String requestedBy);

	/** Returns whether a run is in progress in this process. */
	boolean isRunning();

	/** Stops scheduled runs of a feed until {@link #resume} is called, in every process that shares the database. */
	void pause(String feedId);

	/** Lets scheduled runs of a feed start again. */
	void resume(String feedId);

	/** Returns whether scheduled runs of a feed are paused. Requested runs happen either way. */
	boolean isPaused(String feedId);

	/** The result of {@link #cancel}. */
	enum CancelOutcome {

		/** The run was not RUNNING. */
		NOT_RUNNING,

		/** The cancel request is recorded, and the process that runs the run stops it at its next check. */
		CANCELLING,

		/** No live process held the run's feed lock, so the run was recorded as FAILED. */
		CLOSED

	}

}
