package org.porchlight.web.listing;

import java.math.BigDecimal;
import java.util.List;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Finds visible listings like a given one: in the same city and, when it has a price, within a quarter of it. */
@Component
class SimilarListings {

	static final int LIMIT = 4;

	private static final BigDecimal LOWER = new BigDecimal("0.75");

	private static final BigDecimal UPPER = new BigDecimal("1.25");

	private final ListingRepository listings;

	private final ListingThumbnails thumbnails;

	SimilarListings(ListingRepository listings, ListingThumbnails thumbnails) {
		this.listings = listings;
		this.thumbnails = thumbnails;
	}

	List<ListingCard> of(Listing listing) {
		Specification<Listing> similar = (root, query, builder) -> builder.and(builder.isTrue(root.get("visible")),
				builder.notEqual(root.get("id"), listing.getId()));
		if (listing.getCity() != null) {
			similar = similar.and((root, query, builder) -> builder.equal(root.get("city"), listing.getCity()));
		}
		if (listing.getListPrice() != null) {
			BigDecimal low = listing.getListPrice().multiply(LOWER);
			BigDecimal high = listing.getListPrice().multiply(UPPER);
			similar = similar.and((root, query, builder) -> builder.between(root.get("listPrice"), low, high));
		}
		Sort newest = Sort.by(Sort.Order.desc("modificationTimestamp").nullsLast(), Sort.Order.desc("id"));
		// The fluent query fetches the first rows without the count(*) that a Page would run.
		List<Listing> found = this.listings.findBy(similar, (query) -> query.sortBy(newest).limit(LIMIT).all());
		return this.thumbnails.cards(found);
	}

}
