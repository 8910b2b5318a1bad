package org.porchlight.sync.engine;

import org.porchlight.sync.store.SyncRunMode;

/** Runs one sync to its end on the calling thread. */
@FunctionalInterface
interface SyncRunner {

	void run(SyncRunMode mode, String requestedBy);

}
