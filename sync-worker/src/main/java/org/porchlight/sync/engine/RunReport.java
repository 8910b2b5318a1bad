package org.porchlight.sync.engine;

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

	/** Counts an error, logs it as a warning, and keeps it for the summary while there is room. */
	void error(String message) {
		this.errorCount++;
		if (this.errors.size() < MAX_SUMMARY_ERRORS) {
			this.errors.add(message);
		}
		logger.warn(message);
	}

	int errorCount() {
		return this.errorCount;
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

}
