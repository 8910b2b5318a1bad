package org.porchlight.sync;

import org.porchlight.sync.store.SyncRunMode;

/** Starts sync runs on request, such as from the admin page, so that the caller does not wait for the run. */
public interface SyncLauncher {

	/**
	 * Starts a run in the background. When {@code porchlight.sync.remote-worker} is set, writes a request to
	 * {@code sync_request} instead, which the process that runs the sync picks up.
	 * @param requestedBy who asked, recorded on the run
	 * @return {@code false} when a run is already in progress in this process, so no new run was started
	 */
	boolean requestRun(SyncRunMode mode, String requestedBy);

	/** Returns whether a run is in progress. */
	boolean isRunning();

	/** Stops scheduled runs of a feed until {@link #resume} is called, in every process that shares the database. */
	void pause(String feedId);

	/** Lets scheduled runs of a feed start again. */
	void resume(String feedId);

	/** Returns whether scheduled runs of a feed are paused. Requested runs happen either way. */
	boolean isPaused(String feedId);

}
