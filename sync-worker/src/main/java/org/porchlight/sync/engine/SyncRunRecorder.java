package org.porchlight.sync.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.stereotype.Component;

/** Records runs in {@code sync_run}. Each call commits on its own, so that the dashboard shows a run in progress. */
@Component
class SyncRunRecorder {

	private static final int MAX_REQUESTED_BY_LENGTH = 128;

	private final SyncRunRepository runs;

	private final Clock clock;

	private final ReplicationState state;

	SyncRunRecorder(SyncRunRepository runs, ReplicationState state) {
		this.runs = runs;
		this.state = state;
		this.clock = Clock.systemUTC();
	}

	/** Records that a run does the work of another mode than the one it was started in. */
	void changeMode(long runId, SyncRunMode mode) {
		SyncRun run = find(runId);
		run.setMode(mode);
		this.runs.save(run);
	}

	/** Returns whether a run of the feed, in any process, finished successfully after {@code since}. */
	boolean succeededSince(String feedId, Instant since) {
		return this.runs.existsByFeedIdAndStatusAndFinishedAtAfter(feedId, SyncRunStatus.SUCCEEDED, since);
	}

	SyncRun start(String feedId, SyncRunMode mode, String requestedBy) {
		SyncRun run = new SyncRun();
		run.setFeedId(feedId);
		run.setMode(mode);
		run.setStatus(SyncRunStatus.RUNNING);
		run.setRequestedBy((requestedBy != null && requestedBy.length() > MAX_REQUESTED_BY_LENGTH)
				? requestedBy.substring(0, MAX_REQUESTED_BY_LENGTH) : requestedBy);
		run.setStartedAt(this.clock.instant());
		return this.runs.save(run);
	}

	/** Writes the counts so far and the new errors, so that a run in progress shows how far it got. */
	void progress(long runId, RunReport report) {
		SyncRun run = find(runId);
		report.applyTo(run);
		this.runs.save(run);
		recordErrors(runId, report);
	}

	SyncRun finish(long runId, SyncRunStatus status, RunReport report) {
		recordErrors(runId, report);
		SyncRun run = find(runId);
		report.applyTo(run);
		run.setStatus(status);
		run.setFinishedAt(this.clock.instant());
		return this.runs.save(run);
	}

	private SyncRun find(long runId) {
		return this.runs.findById(runId)
			.orElseThrow(() -> new IllegalStateException("Sync run " + runId + " is no longer in the database"));
	}

	private void recordErrors(long runId, RunReport report) {
		for (RunReport.RunError error : report.takeUnrecordedErrors()) {
			this.state.recordError(runId, error);
		}
	}

	/**
	 * Marks the feed's runs left RUNNING by a process that stopped during a run as FAILED, and returns how many there
	 * were. Call it only while holding the feed's lock, because a live process that holds it may be running one.
	 */
	int failInterruptedRuns(String feedId) {
		List<SyncRun> interrupted = this.runs.findByFeedIdAndStatus(feedId, SyncRunStatus.RUNNING);
		for (SyncRun run : interrupted) {
			run.setStatus(SyncRunStatus.FAILED);
			run.setFinishedAt(this.clock.instant());
			run.setErrorSummary("The process stopped during the run.");
			run.setErrorCount(run.getErrorCount() + 1);
			this.runs.save(run);
		}
		return interrupted.size();
	}

}
