package org.porchlight.web.search;

import java.util.List;

import org.porchlight.sync.store.Listing;

/**
 * One page of search results and how many listings match in all. Above {@link ListingSearch#COUNT_BOUND} matches the
 * search stops counting, so the total is then only a lower bound.
 *
 * @param content the listings on this page, in the search's order
 * @param number the page number, from 1
 * @param size the number of listings on a full page
 * @param total the number of matching listings, exact when {@code totalExact}, else a lower bound
 * @param totalExact whether {@code total} counts every match
 */
public record ResultPage(List<Listing> content, int number, int size, long total, boolean totalExact) {

	/** Returns the position of the first listing on this page among all matches, from 1. */
	public long first() {
		return (long) (this.number - 1) * this.size + 1;
	}

	/** Returns the position of the last listing on this page among all matches. */
	public long last() {
		return (long) (this.number - 1) * this.size + this.content.size();
	}

	/** Returns the number of pages that {@link #total} fills. */
	public int pages() {
		return (int) Math.min(Integer.MAX_VALUE, (this.total + this.size - 1) / this.size);
	}

}
