package org.porchlight.sync.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.porchlight.sync.mapping.MappedListing;
import org.porchlight.sync.photo.PhotoTask;
import org.porchlight.sync.store.Listing;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores mapped listings, one transaction per batch. A record whose hash and visibility match the stored row is
 * left alone apart from its last-seen marks, so that an unchanged feed changes no data. The batch's stored rows are
 * read with one query and new and changed rows are written with JDBC batch statements, because entity inserts with
 * database-generated ids cannot be batched.
 */
@Component
class ListingBatchWriter {

	/** Keys per update statement when listings leave public view, well below the bind limits of databases. */
	private static final int REMOVAL_CHUNK = 500;

	/** Inserted rows after which the listing table is first analyzed. */
	private static final int ANALYZE_MIN_ROWS = 1_000;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final NamedParameterJdbcTemplate jdbc;

	/** Whether the store is PostgreSQL, or {@code null} until the first batch checks. */
	private Boolean postgres;

	/** Rows in the listing table when it was last analyzed, or 0 when this process has not analyzed it. */
	private long rowsAtLastAnalyze;

	private long insertedSinceAnalyze;

	ListingBatchWriter(EntityManager entityManager, PlatformTransactionManager transactionManager,
			DataSource dataSource) {
		this.entityManager = entityManager;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Stores a batch in one transaction. When the transaction fails, stores the records one at a time, so that one
	 * bad record costs only itself. The result lists the records that still fail.
	 */
	BatchResult write(String feedId, List<MappedListing> batch, long runId, Instant now) {
		return write(feedId, batch, runId, now, true);
	}

	/**
	 * Stores a batch like {@link #write(String, List, long, Instant)}.
	 * @param insertInactive whether records that are not Active are stored when the store does not have them yet.
	 * Incremental searches return every status, and a listing that closed before the store ever saw it has no
	 * place in it.
	 */
	BatchResult write(String feedId, List<MappedListing> batch, long runId, Instant now, boolean insertInactive) {
		Map<String, MappedListing> byKey = batch.stream()
			.collect(Collectors.toMap(MappedListing::listingKey, Function.identity(), (first, second) -> second,
					LinkedHashMap::new));
		try {
			BatchResult result = this.transactions
				.execute((status) -> writeAll(feedId, byKey, runId, now, insertInactive));
			refreshStatistics(result.inserted);
			return result;
		}
		catch (RuntimeException batchFailure) {
			BatchResult result = new BatchResult();
			for (MappedListing listing : byKey.values()) {
				try {
					result.add(this.transactions
						.execute((status) -> writeAll(feedId, Map.of(listing.listingKey(), listing), runId, now,
								insertInactive)));
				}
				catch (RuntimeException ex) {
					result.failures.put(listing.listingKey(), rootMessage(ex));
				}
			}
			return result;
		}
	}

	/**
	 * Has PostgreSQL analyze the listing table each time the inserted rows double its size. A first sync fills an
	 * empty table faster than autovacuum analyzes it, and without statistics the planner reads every row of the feed
	 * to find a batch's stored rows, which makes the sync quadratic in the number of listings.
	 */
	private void refreshStatistics(int inserted) {
		this.insertedSinceAnalyze += inserted;
		if (this.insertedSinceAnalyze < Math.max(ANALYZE_MIN_ROWS, this.rowsAtLastAnalyze) || !isPostgres()) {
			return;
		}
		this.jdbc.getJdbcTemplate().execute("analyze listing");
		Long rows = this.jdbc.getJdbcTemplate().queryForObject("select count(*) from listing", Long.class);
		this.rowsAtLastAnalyze = (rows != null) ? rows : 0;
		this.insertedSinceAnalyze = 0;
	}

	private boolean isPostgres() {
		if (this.postgres == null) {
			this.postgres = this.jdbc.getJdbcTemplate()
				.execute((ConnectionCallback<Boolean>) (connection) -> "PostgreSQL"
					.equals(connection.getMetaData().getDatabaseProductName()));
		}
		return Boolean.TRUE.equals(this.postgres);
	}

	/**
	 * Takes the listings of the feed that this run did not see out of public view.
	 * @return how many listings left public view
	 */
	int removeUnseen(String feedId, long runId, Instant now) {
		Integer removed = this.transactions.execute((status) -> this.entityManager
			.createQuery("update Listing l set l.visible = false, l.removedAt = :now where l.feedId = :feed"
					+ " and l.visible = true and (l.lastSeenRunId is null or l.lastSeenRunId <> :run)")
			.setParameter("now", now)
			.setParameter("feed", feedId)
			.setParameter("run", runId)
			.executeUpdate());
		return (removed != null) ? removed : 0;
	}

	/**
	 * Takes the visible listings of the feed whose keys are not in {@code activeKeys}, the server's full list of
	 * Active keys, out of public view.
	 * @return how many listings left public view
	 */
	int removeAbsent(String feedId, Set<String> activeKeys, Instant now) {
		List<String> visible = this.transactions.execute((status) -> this.entityManager
			.createQuery("select l.listingKey from Listing l where l.feedId = :feed and l.visible = true", String.class)
			.setParameter("feed", feedId)
			.getResultList());
		List<String> absent = (visible != null) ? visible.stream().filter((key) -> !activeKeys.contains(key)).toList()
				: List.of();
		int removed = 0;
		for (int start = 0; start < absent.size(); start += REMOVAL_CHUNK) {
			List<String> chunk = absent.subList(start, Math.min(absent.size(), start + REMOVAL_CHUNK));
			Integer count = this.transactions.execute((status) -> this.entityManager
				.createQuery("update Listing l set l.visible = false, l.removedAt = :now, l.updatedAt = :now"
						+ " where l.feedId = :feed and l.visible = true and l.listingKey in :keys")
				.setParameter("now", now)
				.setParameter("feed", feedId)
				.setParameter("keys", chunk)
				.executeUpdate());
			removed += (count != null) ? count : 0;
		}
		return removed;
	}

	/** Returns the photo sets still to fetch for visible listings of the feed, oldest listing first. */
	List<PhotoTask> pendingPhotoTasks(String feedId) {
		List<?> rows = this.transactions.execute((status) -> this.entityManager
			.createNativeQuery("select id, listing_key, pending_photos_count, pending_photos_timestamp from listing"
					+ " where feed_id = :feed and photos_pending = true and visible = true order by id")
			.setParameter("feed", feedId)
			.getResultList());
		List<PhotoTask> tasks = new ArrayList<>();
		for (Object row : (rows != null) ? rows : List.of()) {
			Object[] columns = (Object[]) row;
			tasks.add(new PhotoTask(((Number) columns[0]).longValue(), (String) columns[1],
					(columns[2] != null) ? ((Number) columns[2]).intValue() : null, toInstant(columns[3])));
		}
		return tasks;
	}

	private static Instant toInstant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof java.time.OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
	}

	/** Returns the keys of {@code keys} that the store does not hold for the feed. */
	Set<String> missingKeys(String feedId, Set<String> keys) {
		List<String> stored = this.transactions.execute((status) -> this.entityManager
			.createQuery("select l.listingKey from Listing l where l.feedId = :feed", String.class)
			.setParameter("feed", feedId)
			.getResultList());
		Set<String> missing = new TreeSet<>(keys);
		if (stored != null) {
			stored.forEach(missing::remove);
		}
		return missing;
	}

	private BatchResult writeAll(String feedId, Map<String, MappedListing> byKey, long runId, Instant now,
			boolean insertInactive) {
		Map<String, StoredListing> stored = loadStored(feedId, byKey.keySet());
		BatchResult result = new BatchResult();
		List<Row> inserts = new ArrayList<>();
		List<Row> updates = new ArrayList<>();
		List<String> unchangedKeys = new ArrayList<>();
		List<Object[]> emptyPhotoSets = new ArrayList<>();
		List<PhotoTask> storedTasks = new ArrayList<>();
		List<String> insertedTaskKeys = new ArrayList<>();
		for (MappedListing mapped : byKey.values()) {
			StoredListing listing = stored.get(mapped.listingKey());
			if (listing == null && !insertInactive && !"Active".equals(mapped.value("StandardStatus"))) {
				result.skipped++;
				continue;
			}
			boolean unchanged = false;
			if (listing == null) {
				Listing row = newRow(feedId, mapped, runId, now);
				result.inserted++;
				if (mapped.visible() && mapped.photoCount() != null && mapped.photoCount() == 0) {
					// Nothing to fetch and no stored set to replace, so the empty set is recorded with the record.
					row.setPhotosCount(0);
					row.setPhotosChangeTimestamp(mapped.photoTimestamp());
					inserts.add(new Row(row, null, null));
				}
				else if (mapped.visible()) {
					// The pending photo set is committed with the record, like that of a stored listing below.
					inserts.add(new Row(row, null, mapped));
					insertedTaskKeys.add(mapped.listingKey());
				}
				else {
					inserts.add(new Row(row, null, null));
				}
				continue;
			}
			if (listing.recordHash().equals(mapped.recordHash()) && listing.visible() == mapped.visible()) {
				unchanged = true;
				unchangedKeys.add(mapped.listingKey());
				result.unchanged++;
			}
			else {
				updates.add(new Row(changedRow(listing, mapped, runId, now), listing.id(), null));
				result.updated++;
			}
			if (mapped.visible() && needsPhotos(listing, mapped, unchanged)) {
				if (hasNoPhotos(listing, mapped)) {
					emptyPhotoSets.add(new Object[] { 0, toTimestamp(mapped.photoTimestamp()), listing.id() });
					continue;
				}
				storedTasks.add(new PhotoTask(listing.id(), mapped.listingKey(), mapped.photoCount(),
						mapped.photoTimestamp()));
			}
		}
		insertRows(inserts);
		updateRows(updates);
		if (!insertedTaskKeys.isEmpty()) {
			// The inserted rows already carry their pending photo set, and only their generated ids are missing.
			Map<String, StoredListing> inserted = loadStored(feedId, insertedTaskKeys);
			for (String key : insertedTaskKeys) {
				MappedListing mapped = byKey.get(key);
				result.photoTasks.add(new PhotoTask(inserted.get(key).id(), key, mapped.photoCount(),
						mapped.photoTimestamp()));
			}
		}
		result.photoTasks.addAll(storedTasks);
		if (!emptyPhotoSets.isEmpty()) {
			this.jdbc.getJdbcTemplate()
				.batchUpdate("update listing set photos_count = ?, photos_change_timestamp = ? where id = ?",
						emptyPhotoSets);
		}
		if (!storedTasks.isEmpty()) {
			// Committed with the record, so that the fetch survives a failure or a crash until a run completes it.
			this.jdbc.getJdbcTemplate()
				.batchUpdate("update listing set photos_pending = true, pending_photos_count = ?,"
						+ " pending_photos_timestamp = ? where id = ?",
						storedTasks.stream()
							.map((task) -> new Object[] { task.photoCount(), toTimestamp(task.photoTimestamp()),
									task.listingId() })
							.toList(),
						new int[] { Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
		}
		if (!unchangedKeys.isEmpty()) {
			this.jdbc.update("update listing set last_seen_at = :now, last_seen_run_id = :run"
					+ " where feed_id = :feed and listing_key in (:keys)",
					new MapSqlParameterSource().addValue("now", toTimestamp(now))
						.addValue("run", runId)
						.addValue("feed", feedId)
						.addValue("keys", unchangedKeys));
		}
		return result;
	}

	/** Loads the stored state that decides what a record needs, one query for the whole batch. */
	private Map<String, StoredListing> loadStored(String feedId, Collection<String> keys) {
		Map<String, StoredListing> stored = new HashMap<>();
		this.jdbc.query("select id, listing_key, record_hash, visible, removed_at, photos_count,"
				+ " photos_change_timestamp from listing where feed_id = :feed and listing_key in (:keys)",
				new MapSqlParameterSource().addValue("feed", feedId).addValue("keys", keys),
				(RowCallbackHandler) (row) -> stored.put(row.getString(2),
						new StoredListing(row.getLong(1), row.getString(3), row.getBoolean(4),
								toInstant(row.getObject(5, OffsetDateTime.class)), (Integer) row.getObject(6),
								toInstant(row.getObject(7, OffsetDateTime.class)))));
		return stored;
	}

	private static Listing newRow(String feedId, MappedListing mapped, long runId, Instant now) {
		Listing listing = new Listing();
		listing.setFeedId(feedId);
		mapped.applyTo(listing);
		listing.setVisible(mapped.visible());
		listing.setRemovedAt(mapped.visible() ? null : now);
		listing.setFirstSeenAt(now);
		listing.setLastSeenAt(now);
		listing.setUpdatedAt(now);
		listing.setLastSeenRunId(runId);
		return listing;
	}

	/** Returns the new column values of a stored listing whose record or visibility changed. */
	private static Listing changedRow(StoredListing stored, MappedListing mapped, long runId, Instant now) {
		Listing listing = new Listing();
		mapped.applyTo(listing);
		if (mapped.visible()) {
			listing.setRemovedAt(null);
		}
		else if (stored.visible() || stored.removedAt() == null) {
			listing.setRemovedAt(now);
		}
		else {
			listing.setRemovedAt(stored.removedAt());
		}
		listing.setVisible(mapped.visible());
		listing.setUpdatedAt(now);
		listing.setLastSeenAt(now);
		listing.setLastSeenRunId(runId);
		return listing;
	}

	/**
	 * Inserts new rows with one batch statement. The key is known to be new, because the batch's stored rows were
	 * loaded in this transaction and only the process holding the sync lock writes listings.
	 */
	private void insertRows(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<StoreColumn> columns = new ArrayList<>(StoreColumn.RECORD);
		columns.addAll(StoreColumn.INSERT_ONLY);
		String sql = "insert into listing (" + String.join(", ", columns.stream().map(StoreColumn::name).toList())
				+ ", photos_pending, pending_photos_count, pending_photos_timestamp) values ("
				+ String.join(", ", columns.stream().map((column) -> "?").toList()) + ", ?, ?, ?)";
		batch(sql, rows, columns);
	}

	private void updateRows(List<Row> rows) {
		if (rows.isEmpty()) {
			return;
		}
		String sql = "update listing set "
				+ String.join(", ", StoreColumn.RECORD.stream().map((column) -> column.name() + " = ?").toList())
				+ " where id = ?";
		batch(sql, rows, StoreColumn.RECORD);
	}

	private void batch(String sql, List<Row> rows, List<StoreColumn> columns) {
		this.jdbc.getJdbcTemplate().batchUpdate(sql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int index) throws SQLException {
				Row row = rows.get(index);
				int parameter = 1;
				for (StoreColumn column : columns) {
					column.bind(statement, parameter++, row.values());
				}
				if (row.id() != null) {
					statement.setLong(parameter, row.id());
					return;
				}
				MappedListing pending = row.pendingPhotos();
				statement.setBoolean(parameter++, pending != null);
				if (pending != null && pending.photoCount() != null) {
					statement.setInt(parameter++, pending.photoCount());
				}
				else {
					statement.setNull(parameter++, Types.INTEGER);
				}
				statement.setObject(parameter, (pending != null) ? toTimestamp(pending.photoTimestamp()) : null,
						Types.TIMESTAMP_WITH_TIMEZONE);
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		});
	}

	private static OffsetDateTime toTimestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * One row to write: its column values, the id of the stored row to update ({@code null} for a new row), and for
	 * a new row the record whose photo set is pending.
	 */
	private record Row(Listing values, Long id, MappedListing pendingPhotos) {

	}

	/** The stored columns of a listing that decide whether and how a record changes it. */
	private record StoredListing(long id, String recordHash, boolean visible, Instant removedAt, Integer photosCount,
			Instant photosChangeTimestamp) {

	}

	/** A {@code listing} column that the writer sets, with its JDBC type and the {@link Listing} getter. */
	private record StoreColumn(String name, int sqlType, Function<Listing, Object> value) {

		/** The columns that a changed record rewrites. */
		static final List<StoreColumn> RECORD = List.of(text("listing_id", Listing::getListingId),
				text("standard_status", Listing::getStandardStatus), text("mls_status", Listing::getMlsStatus),
				of("visible", Types.BOOLEAN, Listing::isVisible),
				of("address_hidden", Types.BOOLEAN, Listing::isAddressHidden),
				text("property_type", Listing::getPropertyType),
				text("property_sub_type", Listing::getPropertySubType),
				of("list_price", Types.NUMERIC, Listing::getListPrice),
				text("street_number", Listing::getStreetNumber),
				text("street_dir_prefix", Listing::getStreetDirPrefix),
				text("street_name", Listing::getStreetName), text("street_suffix", Listing::getStreetSuffix),
				text("street_dir_suffix", Listing::getStreetDirSuffix),
				text("unit_number", Listing::getUnitNumber),
				text("unparsed_address", Listing::getUnparsedAddress), text("city", Listing::getCity),
				text("state_or_province", Listing::getStateOrProvince),
				text("postal_code", Listing::getPostalCode),
				text("county_or_parish", Listing::getCountyOrParish),
				text("subdivision_name", Listing::getSubdivisionName),
				of("bedrooms_total", Types.INTEGER, Listing::getBedroomsTotal),
				of("bathrooms_total_integer", Types.INTEGER, Listing::getBathroomsTotalInteger),
				of("bathrooms_total_decimal", Types.NUMERIC, Listing::getBathroomsTotalDecimal),
				of("living_area", Types.NUMERIC, Listing::getLivingArea),
				of("lot_size_area", Types.NUMERIC, Listing::getLotSizeArea),
				of("year_built", Types.INTEGER, Listing::getYearBuilt),
				of("latitude", Types.NUMERIC, Listing::getLatitude),
				of("longitude", Types.NUMERIC, Listing::getLongitude),
				text("public_remarks", Listing::getPublicRemarks),
				text("list_office_name", Listing::getListOfficeName),
				text("list_office_phone", Listing::getListOfficePhone),
				text("list_agent_full_name", Listing::getListAgentFullName),
				of("listing_contract_date", Types.DATE, Listing::getListingContractDate),
				timestamp("modification_timestamp", Listing::getModificationTimestamp),
				text("public_record", Listing::getPublicRecord), text("record_hash", Listing::getRecordHash),
				timestamp("last_seen_at", Listing::getLastSeenAt), timestamp("updated_at", Listing::getUpdatedAt),
				timestamp("removed_at", Listing::getRemovedAt),
				of("last_seen_run_id", Types.BIGINT, Listing::getLastSeenRunId));

		/** The columns that only a new row sets: its identity, first sighting and photo set. */
		static final List<StoreColumn> INSERT_ONLY = List.of(text("feed_id", Listing::getFeedId),
				text("listing_key", Listing::getListingKey), timestamp("first_seen_at", Listing::getFirstSeenAt),
				of("photos_count", Types.INTEGER, Listing::getPhotosCount),
				timestamp("photos_change_timestamp", Listing::getPhotosChangeTimestamp));

		static StoreColumn text(String name, Function<Listing, Object> value) {
			return new StoreColumn(name, Types.VARCHAR, value);
		}

		static StoreColumn timestamp(String name, Function<Listing, Instant> value) {
			return new StoreColumn(name, Types.TIMESTAMP_WITH_TIMEZONE, (listing) -> toTimestamp(value.apply(listing)));
		}

		@SuppressWarnings("unchecked")
		static <T> StoreColumn of(String name, int sqlType, Function<Listing, T> value) {
			return new StoreColumn(name, sqlType, (Function<Listing, Object>) value);
		}

		void bind(PreparedStatement statement, int parameter, Listing listing) throws SQLException {
			Object bound = this.value.apply(listing);
			if (bound == null) {
				statement.setNull(parameter, this.sqlType);
			}
			else {
				statement.setObject(parameter, bound, this.sqlType);
			}
		}

	}

	/**
	 * Decides whether a listing's photos must be fetched. The stored photo count and timestamp are those of the
	 * stored photo set, written only when a set was stored completely, so a failed fetch is retried next time.
	 */
	private static boolean needsPhotos(StoredListing listing, MappedListing mapped, boolean unchanged) {
		if (listing.photosCount() == null) {
			return true;
		}
		if (mapped.photoCount() == null && mapped.photoTimestamp() == null) {
			// Without photo fields in the feed, only a changed record can tell that photos changed.
			return !unchanged;
		}
		boolean countChanged = mapped.photoCount() != null
				&& !Objects.equals(mapped.photoCount(), listing.photosCount());
		boolean timestampChanged = mapped.photoTimestamp() != null
				&& !Objects.equals(mapped.photoTimestamp(), listing.photosChangeTimestamp());
		return countChanged || timestampChanged;
	}

	/** Returns whether the server reports no photos for a listing that has no stored photo set either. */
	private static boolean hasNoPhotos(StoredListing listing, MappedListing mapped) {
		return mapped.photoCount() != null && mapped.photoCount() == 0
				&& (listing.photosCount() == null || listing.photosCount() == 0);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.toString();
	}

	/** The counts, photo tasks and failures of one batch. */
	static final class BatchResult {

		int inserted;

		int updated;

		int unchanged;

		/** Records left out because they were not Active and not yet stored. */
		int skipped;

		final List<PhotoTask> photoTasks = new ArrayList<>();

		/** Listing key to the reason it could not be stored. */
		final Map<String, String> failures = new LinkedHashMap<>();

		void add(BatchResult other) {
			this.inserted += other.inserted;
			this.updated += other.updated;
			this.unchanged += other.unchanged;
			this.skipped += other.skipped;
			this.photoTasks.addAll(other.photoTasks);
			this.failures.putAll(other.failures);
		}

	}

}
