package org.porchlight.sync;

import org.porchlight.sync.store.SyncRunMode;

/** Starts sync runs on request, such as from the admin page, so that the caller does not wait for the run. */
public interface SyncLauncher {

	/**
	 * Starts a run in the background.
	 * @param requestedBy who asked, recorded on the run
	 * @return {@code false} when a run is already in progress, so no new run was started
	 */
	boolean requestRun(SyncRunMode mode, String requestedBy);

	/** Returns whether a run is in progress. */
	boolean isRunning();

}
