package org.porchlight.sync.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Listings of every feed. Public pages must filter on {@code visible = true}. */
public interface ListingRepository extends JpaRepository<Listing, Long>, JpaSpecificationExecutor<Listing> {

	Optional<Listing> findByFeedIdAndListingKey(String feedId, String listingKey);

	long countByVisibleTrue();

}
