package org.porchlight.web.search;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.data.domain.Sort;

/** The orders in which search results can be listed. The listing id breaks ties so that pages do not overlap. */
public enum SearchSort {

	/** Most recently changed first, by the feed's modification timestamp. */
	NEWEST("newest", Sort.by(Sort.Order.desc("modificationTimestamp").nullsLast(), Sort.Order.desc("id"))),

	PRICE_ASCENDING("price-asc", Sort.by(Sort.Order.asc("listPrice").nullsLast(), Sort.Order.asc("id"))),

	PRICE_DESCENDING("price-desc", Sort.by(Sort.Order.desc("listPrice").nullsLast(), Sort.Order.desc("id"))),

	/** Most bedrooms first. */
	BEDS("beds", Sort.by(Sort.Order.desc("bedroomsTotal").nullsLast(), Sort.Order.desc("id"))),

	/** Largest living area first. */
	SIZE("size", Sort.by(Sort.Order.desc("livingArea").nullsLast(), Sort.Order.desc("id")));

	private final String parameter;

	private final Sort sort;

	SearchSort(String parameter, Sort sort) {
		this.parameter = parameter;
		this.sort = sort;
	}

	/** Returns the value of the {@code sort} query parameter that selects this order. */
	public String parameter() {
		return this.parameter;
	}

	/** Returns the message key of this order's label. */
	public String messageKey() {
		return "search.sort." + this.parameter;
	}

	Sort sort() {
		return this.sort;
	}

	static Optional<SearchSort> fromParameter(String parameter) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(parameter)).findFirst();
	}

}
