package org.porchlight.web.listing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;

import org.springframework.stereotype.Component;

/** Loads the first photo and the next open house of each of a page of listings, to build result cards. */
@Component
public class ListingThumbnails {

	private final EntityManager entityManager;

	private final OpenHouses openHouses;

	ListingThumbnails(EntityManager entityManager, OpenHouses openHouses) {
		this.entityManager = entityManager;
		this.openHouses = openHouses;
	}

	/** Returns one card per listing, in the order given. */
	public List<ListingCard> cards(List<Listing> listings) {
		Map<Long, ListingPhoto> firstPhotos = firstPhotos(listings.stream().map(Listing::getId).toList());
		Map<Long, OpenHouses.OpenHouseTime> nextOpenHouses = this.openHouses.next(listings);
		return listings.stream()
			.map((listing) -> new ListingCard(listing, firstPhotos.get(listing.getId()),
					nextOpenHouses.get(listing.getId())))
			.toList();
	}

	private Map<Long, ListingPhoto> firstPhotos(Collection<Long> listingIds) {
		if (listingIds.isEmpty()) {
			return Map.of();
		}
		List<Object[]> rows = this.entityManager.createQuery("""
				select p.listing.id, p from ListingPhoto p
				where p.listing.id in :ids
				and p.sequenceNumber = (select min(q.sequenceNumber) from ListingPhoto q where q.listing = p.listing)
				""", Object[].class).setParameter("ids", listingIds).getResultList();
		return rows.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (ListingPhoto) row[1], (first, second) -> first));
	}

}
