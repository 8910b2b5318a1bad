package org.porchlight.sync.engine;

import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;

import org.springframework.context.ApplicationContext;

/** Runs the sync engine of a test's application context from tests in other packages. */
public final class EngineRuns {

	private EngineRuns() {
	}

	/** Runs every feed once in the calling thread and returns the last feed's run. */
	public static SyncRun runNow(ApplicationContext context, SyncRunMode mode) {
		return context.getBean(SyncEngine.class).runNow(mode, "test");
	}

}
