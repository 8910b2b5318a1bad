package org.porchlight.sync.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Photos of listings, in gallery order. */
public interface ListingPhotoRepository extends JpaRepository<ListingPhoto, Long> {

	List<ListingPhoto> findByListingIdOrderBySequenceNumber(Long listingId);

	Optional<ListingPhoto> findByStorageKey(String storageKey);

}
