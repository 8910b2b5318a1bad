package org.porchlight.sync.photo;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Swaps a listing's photo rows for a new set in one transaction. */
@Component
class PhotoSetWriter {

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	PhotoSetWriter(EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Replaces the photo rows of a listing and records the photo count and timestamp the new set belongs to.
	 * @return the storage keys of the replaced photos, whose files the caller deletes
	 */
	List<String> replace(long listingId, List<ListingPhoto> photos, Integer photoCount, Instant photoTimestamp) {
		return this.transactions.execute((status) -> {
			List<String> oldKeys = this.entityManager
				.createQuery("select p.storageKey from ListingPhoto p where p.listing.id = :id", String.class)
				.setParameter("id", listingId)
				.getResultList();
			this.entityManager.createQuery("delete from ListingPhoto p where p.listing.id = :id")
				.setParameter("id", listingId)
				.executeUpdate();
			Listing listing = this.entityManager.getReference(Listing.class, listingId);
			for (ListingPhoto photo : photos) {
				photo.setListing(listing);
				this.entityManager.persist(photo);
			}
			this.entityManager
				.createNativeQuery("update listing set photos_count = :count, photos_change_timestamp = :changed,"
						+ " photos_pending = false, pending_photos_count = null, pending_photos_timestamp = null"
						+ " where id = :id")
				.setParameter("count", photoCount)
				.setParameter("changed", photoTimestamp)
				.setParameter("id", listingId)
				.executeUpdate();
			return oldKeys;
		});
	}

}
