package org.porchlight.web.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a search for one page of results. It counts the matches only when the page does not show the total by itself,
 * and then stops at {@link #COUNT_BOUND} or one page past the requested one, whichever is further, because an exact
 * {@code count(*)} reads every matching row of the store on each request.
 */
@Component
class ListingSearch {

	/** How many matches a search counts at least before it reports "more than" instead of a total. */
	static final int COUNT_BOUND = 250;

	private final ListingRepository listings;

	private final EntityManager entityManager;

	ListingSearch(ListingRepository listings, EntityManager entityManager) {
		this.listings = listings;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	ResultPage find(Specification<Listing> specification, Sort sort, int pageNumber, int pageSize) {
		// A page so far out that its row offset would not fit an int is past the end of any store.
		int page = Math.min(pageNumber, Integer.MAX_VALUE / pageSize);
		long offset = (long) (page - 1) * pageSize;
		Slice<Listing> slice = this.listings.findBy(specification,
				(query) -> query.slice(PageRequest.of(page - 1, pageSize, sort)));
		List<Listing> content = slice.getContent();
		if (!slice.hasNext() && (!content.isEmpty() || offset == 0)) {
			return new ResultPage(content, page, pageSize, offset + content.size(), true);
		}
		long limit = Math.max(COUNT_BOUND, offset + pageSize) + 1;
		long counted = countUpTo(specification, (int) Math.min(limit, Integer.MAX_VALUE));
		return new ResultPage(content, page, pageSize, counted, counted < limit);
	}

	/** Counts matching listings, but stops at {@code limit}. */
	private long countUpTo(Specification<Listing> specification, int limit) {
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Listing> root = query.from(Listing.class);
		query.select(root.get("id")).where(specification.toPredicate(root, query, builder));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList().size();
	}

}
