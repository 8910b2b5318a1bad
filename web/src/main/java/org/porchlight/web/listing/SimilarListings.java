package org.porchlight.web.listing;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.porchlight.sync.store.Listing;

import org.springframework.stereotype.Component;

/** Finds visible listings like a given one: in the same city and, when it has a price, within a quarter of it. */
@Component
class SimilarListings {

	static final int LIMIT = 4;

	private static final BigDecimal LOWER = new BigDecimal("0.75");

	private static final BigDecimal UPPER = new BigDecimal("1.25");

	private final EntityManager entityManager;

	private final ListingThumbnails thumbnails;

	SimilarListings(EntityManager entityManager, ListingThumbnails thumbnails) {
		this.entityManager = entityManager;
		this.thumbnails = thumbnails;
	}

	List<ListingCard> of(Listing listing) {
		StringBuilder jpql = new StringBuilder("select l from Listing l where l.visible = true and l.id <> :id");
		if (listing.getCity() != null) {
			jpql.append(" and l.city = :city");
		}
		if (listing.getListPrice() != null) {
			jpql.append(" and l.listPrice between :low and :high");
		}
		jpql.append(" order by l.modificationTimestamp desc nulls last, l.id desc");

		// A query string, unlike a criteria query, is translated to SQL once and then taken from Hibernate's plan cache.
		TypedQuery<Listing> query = this.entityManager.createQuery(jpql.toString(), Listing.class)
			.setParameter("id", listing.getId())
			.setMaxResults(LIMIT);
		if (listing.getCity() != null) {
			query.setParameter("city", listing.getCity());
		}
		if (listing.getListPrice() != null) {
			query.setParameter("low", listing.getListPrice().multiply(LOWER));
			query.setParameter("high", listing.getListPrice().multiply(UPPER));
		}
		return this.thumbnails.cards(query.getResultList());
	}

}
