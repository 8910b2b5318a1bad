package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.porchlight.sync.SyncProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stops a running sync through the database lock, so that it works whichever process runs the sync. It takes the
 * {@code sync_lock} row over from the process that holds it. That process finds out at its next lease renewal or
 * batch, within a third of {@code porchlight.sync.lock-lease}, interrupts its run, and records it as FAILED with the
 * message that it lost the lock. The checkpoint only moves after a complete search, so the next run repeats what the
 * stopped one did not finish. The take-over lease lasts two lock leases, and the lock is released as soon as no run
 * is RUNNING any more.
 */
@Component
class RunCancellation {

	/** The name of the {@code sync_lock} row that every sync run takes. */
	// NOTE: the sync engine keeps this name to itself; it must match its lock name "sync".
	static final String LOCK_NAME = "sync";

	private static final String OWNER_PREFIX = "cancel:";

	private final JdbcTemplate jdbc;

	private final SyncProperties sync;

	private final Clock clock = Clock.systemUTC();

	RunCancellation(JdbcTemplate jdbc, SyncProperties sync) {
		this.jdbc = jdbc;
		this.sync = sync;
	}

	/**
	 * Stops the running run.
	 * @return what happened
	 */
	Outcome cancel(long runId, String username) {
		Integer running = this.jdbc.queryForObject("select count(*) from sync_run where id = ? and status = 'RUNNING'",
				Integer.class, runId);
		if (running == null || running == 0) {
			return Outcome.NOT_RUNNING;
		}
		Instant now = this.clock.instant();
		int taken = this.jdbc.update("update sync_lock set owner = ?, lease_until = ?, heartbeat_at = ? where name = ?"
				+ " and owner is not null and owner not like 'cancel:%' and lease_until >= ?",
				OWNER_PREFIX + username, now.plus(this.sync.lockLease().multipliedBy(2)).atOffset(ZoneOffset.UTC),
				now.atOffset(ZoneOffset.UTC), LOCK_NAME, now.atOffset(ZoneOffset.UTC));
		if (taken == 1) {
			return Outcome.STOPPING;
		}
		Integer cancelling = this.jdbc.queryForObject(
				"select count(*) from sync_lock where name = ? and owner like 'cancel:%'", Integer.class, LOCK_NAME);
		if (cancelling != null && cancelling > 0) {
			return Outcome.STOPPING;
		}
		// No process holds a live lock, so the process that ran this run stopped without closing it.
		this.jdbc.update("update sync_run set status = 'FAILED', finished_at = ?, error_count = error_count + 1,"
				+ " error_summary = ? where id = ? and status = 'RUNNING'", now.atOffset(ZoneOffset.UTC),
				"Closed by " + username + ": the process that ran it had stopped.", runId);
		return Outcome.CLOSED;
	}

	/** Releases a lock taken over by {@link #cancel} once no run is RUNNING. */
	void releaseWhenStopped() {
		this.jdbc.update("update sync_lock set owner = null, lease_until = null where name = ?"
				+ " and owner like 'cancel:%' and not exists (select 1 from sync_run where status = 'RUNNING')",
				LOCK_NAME);
	}

	/** Returns whether a cancellation is waiting for the run to stop. */
	boolean isStopping() {
		Integer cancelling = this.jdbc.queryForObject(
				"select count(*) from sync_lock where name = ? and owner like 'cancel:%'", Integer.class, LOCK_NAME);
		return cancelling != null && cancelling > 0;
	}

	/** The result of {@link #cancel}. */
	enum Outcome {

		/** The run was no longer running. */
		NOT_RUNNING,

		/** The run's process lost the lock, so it stops and records the run as FAILED. */
		STOPPING,

		/** No process held the lock any more, so the run was recorded as FAILED here. */
		CLOSED

	}

}
