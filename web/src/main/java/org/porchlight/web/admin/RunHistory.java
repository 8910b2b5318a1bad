package org.porchlight.web.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the runs that the sync records in {@code sync_run} and their errors in {@code sync_run_error}. */
@Component
class RunHistory {

	private static final String COLUMNS = "id, feed_id, mode, status, requested_by, started_at, finished_at,"
			+ " listings_seen, listings_inserted, listings_updated, listings_unchanged, listings_removed,"
			+ " photos_fetched, error_count, error_summary, cancel_requested_by";

	private final JdbcTemplate jdbc;

	RunHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns the runs that match the filter, newest first, at most {@code limit}. */
	List<Run> find(RunFilter filter, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from sync_run where 1 = 1");
		List<Object> arguments = new ArrayList<>();
		if (filter.feed() != null) {
			sql.append(" and feed_id = ?");
			arguments.add(filter.feed());
		}
		if (filter.status() != null) {
			sql.append(" and status = ?");
			arguments.add(filter.status().name());
		}
		if (filter.mode() != null) {
			sql.append(" and mode = ?");
			arguments.add(filter.mode().name());
		}
		if (filter.from() != null) {
			sql.append(" and started_at >= ?");
			arguments.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			sql.append(" and started_at < ?");
			arguments.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by started_at desc, id desc limit ").append(limit);
		return this.jdbc.query(sql.toString(), RunHistory::run, arguments.toArray());
	}

	Optional<Run> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where id = ?", RunHistory::run, id)
			.stream()
			.findFirst();
	}

	/** Returns the newest runs of a feed, newest first. */
	List<Run> recent(String feedId, int limit) {
		return find(new RunFilter(feedId, null, null, null, null), limit);
	}

	Optional<Run> running(String feedId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where feed_id = ? and status = 'RUNNING'"
				+ " order by started_at desc", RunHistory::run, feedId).stream().findFirst();
	}

	/** Returns the last run of a feed that finished, failed or not. */
	Optional<Run> lastFinished(String feedId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where feed_id = ? and finished_at is not null"
				+ " order by finished_at desc", RunHistory::run, feedId).stream().findFirst();
	}

	Optional<Run> lastSucceeded(String feedId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where feed_id = ? and status = 'SUCCEEDED'"
				+ " order by finished_at desc", RunHistory::run, feedId).stream().findFirst();
	}

	/** Returns the last run that the schedule started for a feed. */
	Optional<Run> lastScheduled(String feedId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where feed_id = ? and requested_by = 'schedule'"
				+ " order by started_at desc", RunHistory::run, feedId).stream().findFirst();
	}

	/** Returns the last succeeded run of a feed in a mode, other than {@code exceptId}. */
	Optional<Run> lastSucceeded(String feedId, SyncRunMode mode, long exceptId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_run where feed_id = ? and mode = ? and id <> ?"
				+ " and status = 'SUCCEEDED' order by finished_at desc", RunHistory::run, feedId, mode.name(), exceptId)
			.stream()
			.findFirst();
	}

	/** Returns the run's recorded errors, in the order they happened. */
	List<RunError> errors(long runId, int limit) {
		return this.jdbc.query("select listing_key, reply_code, message, occurred_at from sync_run_error"
				+ " where run_id = ? order by occurred_at, id", (row, index) -> new RunError(row.getString(1),
						(Integer) row.getObject(2, Integer.class), row.getString(3), instant(row, 4)), runId)
			.stream()
			.limit(limit)
			.toList();
	}

	/** Returns the recorded errors about one listing, newest first, with their run ids. */
	List<ListingError> errorsOf(String listingKey, int limit) {
		return this.jdbc.query("select e.run_id, e.reply_code, e.message, e.occurred_at, r.feed_id from sync_run_error e"
				+ " join sync_run r on r.id = e.run_id where e.listing_key = ? order by e.occurred_at desc, e.id desc",
				(row, index) -> new ListingError(row.getLong(1), row.getString(5),
						(Integer) row.getObject(2, Integer.class), row.getString(3), instant(row, 4)), listingKey)
			.stream()
			.limit(limit)
			.toList();
	}

	private static Run run(ResultSet row, int index) throws SQLException {
		return new Run(row.getLong(1), row.getString(2), SyncRunMode.valueOf(row.getString(3)),
				SyncRunStatus.valueOf(row.getString(4)), row.getString(5), instant(row, 6), instant(row, 7),
				row.getInt(8), row.getInt(9), row.getInt(10), row.getInt(11), row.getInt(12), row.getInt(13),
				row.getInt(14), row.getString(15), row.getString(16));
	}

	static Instant instant(ResultSet row, int column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * One row of {@code sync_run}.
	 * @param cancelRequestedBy who asked to cancel the run, or {@code null}
	 */
	public record Run(long id, String feedId, SyncRunMode mode, SyncRunStatus status, String requestedBy, Instant startedAt,
			Instant finishedAt, int listingsSeen, int listingsInserted, int listingsUpdated, int listingsUnchanged,
			int listingsRemoved, int photosFetched, int errorCount, String errorSummary, String cancelRequestedBy) {

		/** Returns how long the run took, or {@code null} while it runs. */
		public Duration duration() {
			return (this.finishedAt != null) ? Duration.between(this.startedAt, this.finishedAt) : null;
		}

		public boolean isRunning() {
			return this.status == SyncRunStatus.RUNNING;
		}

		/** Returns whether the run is still RUNNING although someone asked to cancel it. */
		public boolean isCancelling() {
			return isRunning() && this.cancelRequestedBy != null;
		}

	}

	/** One row of {@code sync_run_error}. */
	public record RunError(String listingKey, Integer replyCode, String message, Instant occurredAt) {
	}

	/** An error about one listing, with the run that recorded it. */
	public record ListingError(long runId, String feedId, Integer replyCode, String message, Instant occurredAt) {
	}

}
