package org.porchlight.sync.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.porchlight.sync.store.SyncRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counts and errors of one run, filled in while it runs and copied to its {@link SyncRun} at the end. */
final class RunReport {

	private static final Logger logger = LoggerFactory.getLogger(RunReport.class);

	/** The run's error summary keeps this many errors; the count includes the rest. */
	static final int MAX_SUMMARY_ERRORS = 20;

	/** The run's {@code sync_run_error} rows stop at this many errors; the count includes the rest. */
	static final int MAX_RECORDED_ERRORS = 1000;

	/** Length of the {@code sync_run.error_summary} column. */
	private static final int MAX_SUMMARY_LENGTH = 4000;

	int seen;

	int inserted;

	int updated;

	int unchanged;

	int removed;

	int photosFetched;

	private int errorCount;

	private final List<String> errors = new ArrayList<>();

	/** Errors not yet written to {@code sync_run_error}. */
	private final List<RunError> unrecorded = new ArrayList<>();

	/** The counts at the last call of {@link #takeUnpublished()}. */
	private Counts published = new Counts(0, 0, 0, 0, 0, 0, 0);

	/** Counts an error that concerns no one listing. */
	void error(String message) {
		error(null, null, message);
	}

	/**
	 * Counts an error, logs it as a warning, keeps it for the summary while there is room, and queues it for
	 * {@code sync_run_error} while fewer than {@link #MAX_RECORDED_ERRORS} were queued.
	 * @param listingKey the listing concerned, or {@code null}
	 * @param replyCode the RETS reply code, or {@code null}
	 */
	void error(String listingKey, Integer replyCode, String message) {
		this.errorCount++;
		if (this.errors.size() < MAX_SUMMARY_ERRORS) {
			this.errors.add(message);
		}
		if (this.errorCount <= MAX_RECORDED_ERRORS) {
			this.unrecorded.add(new RunError(listingKey, replyCode, message, Instant.now()));
		}
		logger.warn(message);
	}

	/** Returns the errors queued since the last call, and clears the queue. */
	List<RunError> takeUnrecordedErrors() {
		List<RunError> taken = List.copyOf(this.unrecorded);
		this.unrecorded.clear();
		return taken;
	}

	int errorCount() {
		return this.errorCount;
	}

	/** Returns how much each count grew since the last call, so that the meters can follow a run in progress. */
	Counts takeUnpublished() {
		Counts now = new Counts(this.seen, this.inserted, this.updated, this.unchanged, this.removed,
				this.photosFetched, this.errorCount);
		Counts before = this.published;
		this.published = now;
		return new Counts(now.seen - before.seen, now.inserted - before.inserted, now.updated - before.updated,
				now.unchanged - before.unchanged, now.removed - before.removed,
				now.photosFetched - before.photosFetched, now.errors - before.errors);
	}

	void applyTo(SyncRun run) {
		run.setListingsSeen(this.seen);
		run.setListingsInserted(this.inserted);
		run.setListingsUpdated(this.updated);
		run.setListingsUnchanged(this.unchanged);
		run.setListingsRemoved(this.removed);
		run.setPhotosFetched(this.photosFetched);
		run.setErrorCount(this.errorCount);
		run.setErrorSummary(summary());
	}

	/** Returns the kept errors, one per line, or {@code null} when there were none. */
	String summary() {
		if (this.errors.isEmpty()) {
			return null;
		}
		StringBuilder summary = new StringBuilder(String.join("\n", this.errors));
		if (this.errorCount > this.errors.size()) {
			summary.append("\n... and ").append(this.errorCount - this.errors.size()).append(" more errors");
		}
		return (summary.length() <= MAX_SUMMARY_LENGTH) ? summary.toString()
				: summary.substring(0, MAX_SUMMARY_LENGTH - 3) + "...";
	}

	/** Returns the counts for a log line. */
	String counts() {
		return "seen=" + this.seen + ", inserted=" + this.inserted + ", updated=" + this.updated + ", unchanged="
				+ this.unchanged + ", removed=" + this.removed + ", photosFetched=" + this.photosFetched + ", errors="
				+ this.errorCount;
	}

	/** The counts of a report, or how much they grew. */
	record Counts(int seen, int inserted, int updated, int unchanged, int removed, int photosFetched, int errors) {
	}

	/** One error of a run, with the listing key and RETS reply code when they are known. */
	record RunError(String listingKey, Integer replyCode, String message, Instant occurredAt) {
	}

}
