package org.porchlight.sync.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.SyncRunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Starts runs on one background thread, one at a time in this process. When no RETS server is configured it
 * starts nothing and logs a warning once.
 */
@Component
class DefaultSyncLauncher implements SyncLauncher, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(DefaultSyncLauncher.class);

	/** How long shutdown waits for a run to notice that it was stopped. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	/** The configured feeds, or {@code null} for a launcher of the one feed of {@link #rets}. */
	private final Feeds feeds;

	private final RetsProperties rets;

	private final SyncProperties properties;

	private final ReplicationState state;

	private final SyncRunner runner;

	/** The feed locks, to tell a run whose process stopped from a live one; {@code null} in launchers of tests. */
	private final SyncLock lock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "porchlight-sync");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean warnedNotConfigured = new AtomicBoolean();

	@Autowired
	DefaultSyncLauncher(Feeds feeds, RetsProperties rets, SyncProperties properties, ReplicationState state,
			SyncRunner runner, SyncLock lock) {
		this.feeds = feeds;
		this.rets = rets;
		this.properties = properties;
		this.state = state;
		this.runner = runner;
		this.lock = lock;
	}

	/** Creates a launcher of one feed, whose server {@code rets} describes. */
	DefaultSyncLauncher(RetsProperties rets, SyncProperties properties, ReplicationState state, SyncRunner runner) {
		this(null, rets, properties, state, runner, null);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Also returns {@code false}, and starts nothing, when a feed has no RETS login URL.
	 */
	@Override
	public boolean requestRun(String feedId, SyncRunMode mode, String requestedBy) {
		if (feedId != null && this.feeds != null && !this.feeds.ids().contains(feedId)) {
			throw new IllegalArgumentException("No feed has the id '" + feedId + "'; the feeds are " + this.feeds.ids());
		}
		String feedName = (feedId != null) ? "feed '" + feedId + "'" : "every feed";
		if (this.properties.remoteWorker()) {
			this.state.addRequest(feedId, mode, requestedBy);
			logger.info("{} run of {} requested by {} for the sync worker", mode, feedName, requestedBy);
			return true;
		}
		return startRun(feedId, mode, requestedBy);
	}

	/** Starts a run of one feed, or of every feed when {@code feedId} is {@code null}, in this process. */
	boolean startRun(String feedId, SyncRunMode mode, String requestedBy) {
		return start(requestedBy, () -> this.runner.run(feedId, mode, requestedBy));
	}

	@Override
	public CancelOutcome cancel(long runId, String requestedBy) {
		Objects.requireNonNull(requestedBy, "requestedBy");
		Optional<String> feedId = this.state.runningFeed(runId);
		if (feedId.isEmpty()) {
			return CancelOutcome.NOT_RUNNING;
		}
		if (this.lock != null && !this.lock.isHeld(SyncEngine.lockName(feedId.get()))) {
			if (this.state.closeAbandonedRun(runId, requestedBy)) {
				logger.warn("Sync run {} of feed '{}' closed as FAILED by {}: no live process held the feed's lock",
						runId, feedId.get(), requestedBy);
				return CancelOutcome.CLOSED;
			}
			return CancelOutcome.NOT_RUNNING;
		}
		if (!this.state.requestCancel(runId, requestedBy)) {
			return CancelOutcome.NOT_RUNNING;
		}
		logger.info("Cancel of sync run {} of feed '{}' requested by {}", runId, feedId.get(), requestedBy);
		return CancelOutcome.CANCELLING;
	}

	private boolean start(String requestedBy, Runnable work) {
		if (!isConfigured()) {
			warnNotConfigured();
			return false;
		}
		if (!this.running.compareAndSet(false, true)) {
			logger.info("Sync run requested by {} not started: a run is already in progress", requestedBy);
			return false;
		}
		try {
			this.executor.execute(() -> run(requestedBy, work));
			return true;
		}
		catch (RejectedExecutionException ex) {
			this.running.set(false);
			logger.info("Sync run requested by {} not started: the application is shutting down", requestedBy);
			return false;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	@Override
	public void pause(String feedId) {
		this.state.setPaused(feedId, true);
		logger.info("Scheduled runs of feed '{}' paused", feedId);
	}

	@Override
	public void resume(String feedId) {
		this.state.setPaused(feedId, false);
		logger.info("Scheduled runs of feed '{}' resumed", feedId);
	}

	@Override
	public boolean isPaused(String feedId) {
		return this.state.isPaused(feedId);
	}

	/** Returns whether a RETS server is configured, so that runs can start at all. */
	boolean isConfigured() {
		return (this.feeds != null) ? this.feeds.isConfigured() : this.rets.isConfigured();
	}

	/**
	 * Interrupts a run in progress, which then stops at its next record or photo set and is recorded as FAILED with
	 * the message that the application is shutting down.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdownNow();
		if (!this.executor.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
			logger.warn("The sync run did not stop within {} s of shutdown", SHUTDOWN_WAIT.toSeconds());
		}
	}

	/** Starts, in this process, what the schedule calls for; see {@link SyncRunner#runScheduled()}. */
	boolean startScheduledRun() {
		return start(SyncScheduling.SCHEDULE, this.runner::runScheduled);
	}

	/** Starts the scheduled runs that wait for a lock, when there are any and no run is in progress here. */
	boolean startWaitingScheduledRuns() {
		if (!this.runner.hasScheduledRunsWaiting() || isRunning()) {
			return false;
		}
		return start(SyncScheduling.SCHEDULE, this.runner::runWaitingScheduled);
	}

	private void run(String requestedBy, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			logger.error("Sync run requested by {} could not be recorded", requestedBy, ex);
		}
		finally {
			this.running.set(false);
		}
	}

	private void warnNotConfigured() {
		if (this.warnedNotConfigured.compareAndSet(false, true)) {
			logger.warn("No RETS server is configured, so the sync does not run. Set porchlight.rets.login-url, "
					+ ".username and .password (or PORCHLIGHT_RETS_LOGIN_URL, PORCHLIGHT_RETS_USERNAME and "
					+ "PORCHLIGHT_RETS_PASSWORD) to mirror a feed.");
		}
		else {
			logger.debug("Sync run not started: no RETS server is configured");
		}
	}

}
