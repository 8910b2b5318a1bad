package org.porchlight.sync.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porchlight.sync.store.SyncRunMode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The replication state in the database: each feed's checkpoint, reconcile time and pause flag
 * ({@code sync_feed_state}), the errors of each run ({@code sync_run_error}) and the run requests that any node
 * writes ({@code sync_request}). Each call commits on its own.
 */
@Component
class ReplicationState {

	private static final int MAX_ERROR_MESSAGE_LENGTH = 2000;

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	ReplicationState(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns the latest modification timestamp that a complete search of the feed stored, if any. */
	Optional<Instant> checkpoint(String feedId) {
		return instant("select checkpoint from sync_feed_state where feed_id = ?", feedId);
	}

	/** Moves the feed's checkpoint. Call only after the data that it covers is committed. */
	void saveCheckpoint(String feedId, Instant checkpoint) {
		ensureFeed(feedId);
		this.jdbc.update("update sync_feed_state set checkpoint = ?, updated_at = ? where feed_id = ?",
				offset(checkpoint), offset(this.clock.instant()), feedId);
	}

	/** Returns the mapping fingerprint of the feed's last complete full run, if any. */
	Optional<String> mappingFingerprint(String feedId) {
		List<String> fingerprints = this.jdbc.queryForList(
				"select mapping_fingerprint from sync_feed_state where feed_id = ?", String.class, feedId);
		return fingerprints.stream().filter((fingerprint) -> fingerprint != null).findFirst();
	}

	void saveMappingFingerprint(String feedId, String fingerprint) {
		ensureFeed(feedId);
		this.jdbc.update("update sync_feed_state set mapping_fingerprint = ?, updated_at = ? where feed_id = ?",
				fingerprint, offset(this.clock.instant()), feedId);
	}

	Optional<Instant> lastReconciledAt(String feedId) {
		return instant("select last_reconciled_at from sync_feed_state where feed_id = ?", feedId);
	}

	void markReconciled(String feedId, Instant at) {
		ensureFeed(feedId);
		this.jdbc.update("update sync_feed_state set last_reconciled_at = ?, updated_at = ? where feed_id = ?",
				offset(at), offset(this.clock.instant()), feedId);
	}

	boolean isPaused(String feedId) {
		List<Boolean> paused = this.jdbc.queryForList("select paused from sync_feed_state where feed_id = ?",
				Boolean.class, feedId);
		return !paused.isEmpty() && Boolean.TRUE.equals(paused.get(0));
	}

	void setPaused(String feedId, boolean paused) {
		ensureFeed(feedId);
		this.jdbc.update("update sync_feed_state set paused = ?, updated_at = ? where feed_id = ?", paused,
				offset(this.clock.instant()), feedId);
	}

	/** Records one error of a run, with the listing key and RETS reply code when they are known. */
	void recordError(long runId, RunReport.RunError error) {
		String message = error.message();
		if (message.length() > MAX_ERROR_MESSAGE_LENGTH) {
			message = message.substring(0, MAX_ERROR_MESSAGE_LENGTH - 3) + "...";
		}
		this.jdbc.update(
				"insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
						+ " values (?, ?, ?, ?, ?)",
				runId, error.listingKey(), error.replyCode(), message, offset(error.occurredAt()));
	}

	/** Returns the storage key of every stored photo of one feed. */
	Set<String> photoStorageKeys(String feedId) {
		return new HashSet<>(this.jdbc.queryForList("select p.storage_key from listing_photo p"
				+ " join listing l on l.id = p.listing_id where l.feed_id = ?", String.class, feedId));
	}

	/**
	 * Writes a run request for whichever process runs the sync to pick up.
	 * @param feedId the feed to run, or {@code null} for every feed
	 */
	void addRequest(String feedId, SyncRunMode mode, String requestedBy) {
		this.jdbc.update("insert into sync_request (feed_id, mode, requested_by, requested_at) values (?, ?, ?, ?)",
				feedId, mode.name(), requestedBy, offset(this.clock.instant()));
	}

	/**
	 * Claims the oldest open run request for {@code owner}. Two processes may read the same request, but only one of
	 * them can claim it.
	 */
	Optional<RunRequest> claimRequest(String owner) {
		List<RunRequest> open = this.jdbc.query(
				"select id, feed_id, mode, requested_by from sync_request where claimed_at is null"
						+ " order by requested_at, id",
				(row, index) -> new RunRequest(row.getLong(1), row.getString(2), SyncRunMode.valueOf(row.getString(3)),
						row.getString(4)));
		for (RunRequest request : open) {
			int claimed = this.jdbc.update(
					"update sync_request set claimed_at = ?, claimed_by = ? where id = ? and claimed_at is null",
					offset(this.clock.instant()), owner, request.id());
			if (claimed == 1) {
				return Optional.of(request);
			}
		}
		return Optional.empty();
	}

	/** Returns the feed of a run that is RUNNING, or empty when the run is not RUNNING. */
	Optional<String> runningFeed(long runId) {
		return this.jdbc.queryForList("select feed_id from sync_run where id = ? and status = 'RUNNING'", String.class,
				runId).stream().findFirst();
	}

	/**
	 * Records a request to cancel a RUNNING run, unless one was already recorded, and returns whether the run was
	 * still RUNNING.
	 */
	boolean requestCancel(long runId, String requestedBy) {
		this.jdbc.update("update sync_run set cancel_requested_at = ?, cancel_requested_by = ? where id = ?"
				+ " and status = 'RUNNING' and cancel_requested_at is null", offset(this.clock.instant()), requestedBy,
				runId);
		return runningFeed(runId).isPresent();
	}

	/** Returns the user who requested a run's cancel, or empty when no cancel was requested. */
	Optional<String> cancelRequestedBy(long runId) {
		return this.jdbc.queryForList("select coalesce(cancel_requested_by, '') from sync_run where id = ?"
				+ " and cancel_requested_at is not null", String.class, runId).stream().findFirst();
	}

	/** Records a RUNNING run whose process stopped without finishing it as FAILED, and returns whether it was. */
	boolean closeAbandonedRun(long runId, String closedBy) {
		return this.jdbc.update("update sync_run set status = 'FAILED', finished_at = ?, error_count = error_count + 1,"
				+ " error_summary = ? where id = ? and status = 'RUNNING'", offset(this.clock.instant()),
				"Closed by " + closedBy + ": the process that ran it had stopped.", runId) == 1;
	}

	private void ensureFeed(String feedId) {
		try {
			this.jdbc.update(
					"insert into sync_feed_state (feed_id, paused, updated_at) select ?, false, ?"
							+ " where not exists (select 1 from sync_feed_state where feed_id = ?)",
					feedId, offset(this.clock.instant()), feedId);
		}
		catch (DuplicateKeyException ex) {
			// Another process added the row first.
		}
	}

	private Optional<Instant> instant(String sql, String feedId) {
		List<Instant> values = this.jdbc.query(sql, (row, index) -> toInstant(row, 1), feedId);
		return values.stream().filter((value) -> value != null).findFirst();
	}

	static Instant toInstant(ResultSet row, int column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime offset(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * A run that someone requested through {@code sync_request}.
	 * @param feedId the feed to run, or {@code null} for every feed
	 */
	record RunRequest(long id, String feedId, SyncRunMode mode, String requestedBy) {
	}

}
