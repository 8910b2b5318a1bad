package org.porchlight.sync.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reads the stored open houses; the sync worker writes them with JDBC. */
public interface OpenHouseRepository extends JpaRepository<OpenHouse, Long> {

	/** Returns a listing's open houses that have not ended at {@code now}, the earliest first. */
	List<OpenHouse> findByFeedIdAndListingKeyAndVisibleUntilAfterOrderByStartTime(String feedId, String listingKey,
			Instant now);

	/** Returns the open houses of several listings that have not ended at {@code now}, the earliest first. */
	@Query("select o from OpenHouse o where o.feedId = :feedId and o.listingKey in :listingKeys and o.visibleUntil > :now"
			+ " order by o.startTime")
	List<OpenHouse> findUpcoming(String feedId, Collection<String> listingKeys, Instant now);

	/** Returns whether any open house of the feed has not ended at {@code now}. */
	boolean existsByFeedIdAndVisibleUntilAfter(String feedId, Instant now);

}
