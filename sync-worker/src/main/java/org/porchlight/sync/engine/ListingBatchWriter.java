package org.porchlight.sync.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.porchlight.sync.mapping.MappedListing;
import org.porchlight.sync.photo.PhotoTask;
import org.porchlight.sync.store.Listing;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores mapped listings, one transaction per batch. A record whose hash and visibility match the stored row is
 * left alone apart from its last-seen marks, so that an unchanged feed changes no data.
 */
@Component
class ListingBatchWriter {

	/** Keys per update statement when listings leave public view, well below the bind limits of databases. */
	private static final int REMOVAL_CHUNK = 500;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	ListingBatchWriter(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
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
			return this.transactions.execute((status) -> writeAll(feedId, byKey, runId, now, insertInactive));
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
		Map<String, Listing> stored = this.entityManager
			.createQuery("select l from Listing l where l.feedId = :feed and l.listingKey in :keys", Listing.class)
			.setParameter("feed", feedId)
			.setParameter("keys", byKey.keySet())
			.getResultStream()
			.collect(Collectors.toMap(Listing::getListingKey, Function.identity()));
		BatchResult result = new BatchResult();
		List<String> unchangedKeys = new ArrayList<>();
		for (MappedListing mapped : byKey.values()) {
			Listing listing = stored.get(mapped.listingKey());
			boolean unchanged = false;
			if (listing == null && !insertInactive && !"Active".equals(mapped.value("StandardStatus"))) {
				result.skipped++;
				continue;
			}
			if (listing == null) {
				listing = insert(feedId, mapped, runId, now);
				result.inserted++;
			}
			else if (listing.getRecordHash().equals(mapped.recordHash()) && listing.isVisible() == mapped.visible()) {
				unchanged = true;
				unchangedKeys.add(mapped.listingKey());
				result.unchanged++;
			}
			else {
				update(listing, mapped, runId, now);
				result.updated++;
			}
			if (mapped.visible() && needsPhotos(listing, mapped, unchanged)) {
				if (hasNoPhotos(listing, mapped)) {
					// Nothing to fetch and no stored set to replace, so the empty set is recorded with the record.
					listing.setPhotosCount(0);
					listing.setPhotosChangeTimestamp(mapped.photoTimestamp());
					continue;
				}
				result.photoTasks.add(new PhotoTask(listing.getId(), mapped.listingKey(), mapped.photoCount(),
						mapped.photoTimestamp()));
			}
		}
		this.entityManager.flush();
		for (PhotoTask task : result.photoTasks) {
			// Committed with the record, so that the fetch survives a failure or a crash until a run completes it.
			this.entityManager
				.createNativeQuery("update listing set photos_pending = true, pending_photos_count = :count,"
						+ " pending_photos_timestamp = :changed where id = :id")
				.setParameter("count", task.photoCount())
				.setParameter("changed", task.photoTimestamp())
				.setParameter("id", task.listingId())
				.executeUpdate();
		}
		if (!unchangedKeys.isEmpty()) {
			this.entityManager
				.createQuery("update Listing l set l.lastSeenAt = :now, l.lastSeenRunId = :run"
						+ " where l.feedId = :feed and l.listingKey in :keys")
				.setParameter("now", now)
				.setParameter("run", runId)
				.setParameter("feed", feedId)
				.setParameter("keys", unchangedKeys)
				.executeUpdate();
		}
		return result;
	}

	private Listing insert(String feedId, MappedListing mapped, long runId, Instant now) {
		Listing listing = new Listing();
		listing.setFeedId(feedId);
		mapped.applyTo(listing);
		listing.setVisible(mapped.visible());
		listing.setRemovedAt(mapped.visible() ? null : now);
		listing.setFirstSeenAt(now);
		listing.setLastSeenAt(now);
		listing.setUpdatedAt(now);
		listing.setLastSeenRunId(runId);
		this.entityManager.persist(listing);
		return listing;
	}

	private void update(Listing listing, MappedListing mapped, long runId, Instant now) {
		mapped.applyTo(listing);
		if (mapped.visible()) {
			listing.setRemovedAt(null);
		}
		else if (listing.isVisible() || listing.getRemovedAt() == null) {
			listing.setRemovedAt(now);
		}
		listing.setVisible(mapped.visible());
		listing.setUpdatedAt(now);
		listing.setLastSeenAt(now);
		listing.setLastSeenRunId(runId);
	}

	/**
	 * Decides whether a listing's photos must be fetched. The stored photo count and timestamp are those of the
	 * stored photo set, written only when a set was stored completely, so a failed fetch is retried next time.
	 */
	private static boolean needsPhotos(Listing listing, MappedListing mapped, boolean unchanged) {
		if (listing.getPhotosCount() == null) {
			return true;
		}
		if (mapped.photoCount() == null && mapped.photoTimestamp() == null) {
			// Without photo fields in the feed, only a changed record can tell that photos changed.
			return !unchanged;
		}
		boolean countChanged = mapped.photoCount() != null
				&& !Objects.equals(mapped.photoCount(), listing.getPhotosCount());
		boolean timestampChanged = mapped.photoTimestamp() != null
				&& !Objects.equals(mapped.photoTimestamp(), listing.getPhotosChangeTimestamp());
		return countChanged || timestampChanged;
	}

	/** Returns whether the server reports no photos for a listing that has no stored photo set either. */
	private static boolean hasNoPhotos(Listing listing, MappedListing mapped) {
		return mapped.photoCount() != null && mapped.photoCount() == 0
				&& (listing.getPhotosCount() == null || listing.getPhotosCount() == 0);
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
