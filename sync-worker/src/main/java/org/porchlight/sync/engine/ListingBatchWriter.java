package org.porchlight.sync.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
		Map<String, MappedListing> byKey = batch.stream()
			.collect(Collectors.toMap(MappedListing::listingKey, Function.identity(), (first, second) -> second,
					LinkedHashMap::new));
		try {
			return this.transactions.execute((status) -> writeAll(feedId, byKey, runId, now));
		}
		catch (RuntimeException batchFailure) {
			BatchResult result = new BatchResult();
			for (MappedListing listing : byKey.values()) {
				try {
					result.add(this.transactions
						.execute((status) -> writeAll(feedId, Map.of(listing.listingKey(), listing), runId, now)));
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

	private BatchResult writeAll(String feedId, Map<String, MappedListing> byKey, long runId, Instant now) {
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
				result.photoTasks.add(new PhotoTask(listing.getId(), mapped.listingKey(), mapped.photoCount(),
						mapped.photoTimestamp()));
			}
		}
		this.entityManager.flush();
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

		final List<PhotoTask> photoTasks = new ArrayList<>();

		/** Listing key to the reason it could not be stored. */
		final Map<String, String> failures = new LinkedHashMap<>();

		void add(BatchResult other) {
			this.inserted += other.inserted;
			this.updated += other.updated;
			this.unchanged += other.unchanged;
			this.photoTasks.addAll(other.photoTasks);
			this.failures.putAll(other.failures);
		}

	}

}
