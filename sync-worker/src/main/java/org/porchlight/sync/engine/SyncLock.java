package org.porchlight.sync.engine;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.porchlight.sync.SyncProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The database lock that lets one process at a time sync a feed: a {@code sync_lock} row with an owner and a
 * lease. The owner renews the lease while it works, so a lease that ran out means that its owner died, and then
 * another process may take the lock. Plain SQL, so that it works on H2 and PostgreSQL alike.
 */
@Component
class SyncLock {

	private static final Logger logger = LoggerFactory.getLogger(SyncLock.class);

	private final JdbcTemplate jdbc;

	/** How long a lock stays held without a heartbeat. */
	private final Duration lease;

	private final Clock clock = Clock.systemUTC();

	/** This process, as recorded in {@code sync_lock.owner}. */
	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	SyncLock(JdbcTemplate jdbc, SyncProperties properties) {
		this(jdbc, properties.lockLease());
	}

	SyncLock(JdbcTemplate jdbc, Duration lease) {
		this.jdbc = jdbc;
		this.lease = lease;
	}

	String owner() {
		return this.owner;
	}

	/** Takes the lock of {@code name} when it is free, expired, or already this process's. */
	boolean tryAcquire(String name) {
		try {
			this.jdbc.update("insert into sync_lock (name) select ? where not exists"
					+ " (select 1 from sync_lock where name = ?)", name, name);
		}
		catch (DuplicateKeyException ex) {
			// Another process added the row first, so the update below decides which owner gets it.
		}
		Instant now = this.clock.instant();
		return this.jdbc.update(
				"update sync_lock set owner = ?, lease_until = ?, heartbeat_at = ? where name = ?"
						+ " and (owner is null or owner = ? or lease_until < ?)",
				this.owner, ReplicationState.offset(now.plus(this.lease)), ReplicationState.offset(now), name, this.owner,
				ReplicationState.offset(now)) == 1;
	}

	/** Renews the lease, and returns {@code false} when this process no longer holds the lock. */
	boolean heartbeat(String name) {
		Instant now = this.clock.instant();
		return this.jdbc.update(
				"update sync_lock set lease_until = ?, heartbeat_at = ? where name = ? and owner = ?",
				ReplicationState.offset(now.plus(this.lease)), ReplicationState.offset(now), name, this.owner) == 1;
	}

	/**
	 * Renews the lease of {@code name} every third of the lease on a background thread until the returned handle
	 * is closed, so that a long step of a run, such as a slow photo fetch, does not lose the lock.
	 * @param lost run when a heartbeat finds that another process took the lock
	 */
	AutoCloseable keepAlive(String name, Runnable lost) {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "porchlight-sync-lock");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(100, this.lease.toMillis() / 3);
		executor.scheduleWithFixedDelay(() -> {
			try {
				if (!heartbeat(name)) {
					lost.run();
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Renewing the sync lock failed: {}", ex.getMessage());
			}
		}, period, period, TimeUnit.MILLISECONDS);
		return executor::shutdownNow;
	}

	void release(String name) {
		this.jdbc.update("update sync_lock set owner = null, lease_until = null where name = ? and owner = ?", name,
				this.owner);
	}

	/** Returns whether any live process holds the lock of {@code name}. */
	boolean isHeld(String name) {
		Integer held = this.jdbc.queryForObject(
				"select count(*) from sync_lock where name = ? and owner is not null and lease_until >= ?",
				Integer.class, name, ReplicationState.offset(this.clock.instant()));
		return held != null && held > 0;
	}

}
