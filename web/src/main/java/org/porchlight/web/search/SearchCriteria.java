package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as the results page runs it, read from the query string. Values that cannot be used are left out and
 * reported as {@link SearchNote notes}, so that a mistyped link still shows results instead of an error.
 *
 * @param location text matched against city, postal code, street address and MLS number, or {@code null}
 * @param minPrice the lowest list price, or {@code null}
 * @param maxPrice the highest list price, or {@code null}
 * @param minBeds the fewest bedrooms, or {@code null}
 * @param minBaths the fewest bathrooms, or {@code null}
 * @param filters the other filters: property type, sizes, year built, keywords, photos and map area
 * @param sort the order of the results
 * @param page the requested page, from 1
 */
public record SearchCriteria(String location, BigDecimal minPrice, BigDecimal maxPrice, Integer minBeds,
		Integer minBaths, PropertyFilters filters, SearchSort sort, int page) {

	/** The highest accepted price: the largest whole amount that the store's {@code numeric(15, 2)} column can store. */
	static final BigDecimal MAX_PRICE = new BigDecimal("9999999999999");

	/** The highest bedroom or bathroom count accepted. */
	static final int MAX_ROOMS = 99;

	static final int MAX_LOCATION_LENGTH = 100;

	/** Spaces, currency signs and digit grouping that people type into a price box. */
	private static final Pattern PRICE_DECORATION = Pattern.compile("[\\s$,€£_']");

	/**
	 * Reads a search from query parameters: {@code q}, {@code minPrice}, {@code maxPrice}, {@code beds},
	 * {@code baths}, those of {@link PropertyFilters}, {@code sort} and {@code page}.
	 */
	static Parsed parse(Map<String, String> parameters) {
		List<SearchNote> notes = new ArrayList<>();
		String location = parseLocation(parameters.get("q"), notes);
		BigDecimal minPrice = parsePrice(parameters.get("minPrice"), "search.note.invalidMinPrice", notes);
		BigDecimal maxPrice = parsePrice(parameters.get("maxPrice"), "search.note.invalidMaxPrice", notes);
		if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
			notes.add(new SearchNote("search.note.pricesSwapped", minPrice, maxPrice));
			BigDecimal lower = maxPrice;
			maxPrice = minPrice;
			minPrice = lower;
		}
		Integer minBeds = parseRooms(parameters.get("beds"), "search.note.invalidBeds", notes);
		Integer minBaths = parseRooms(parameters.get("baths"), "search.note.invalidBaths", notes);
		PropertyFilters filters = PropertyFilters.parse(parameters, notes);
		SearchSort sort = parseSort(parameters.get("sort"), notes);
		int page = parsePage(parameters.get("page"), notes);
		return new Parsed(new SearchCriteria(location, minPrice, maxPrice, minBeds, minBaths, filters, sort, page),
				notes);
	}

	/** Returns whether any filter narrows the search; sort order and page do not. */
	public boolean hasFilters() {
		return this.location != null || this.minPrice != null || this.maxPrice != null || this.minBeds != null
				|| this.minBaths != null || this.filters.isActive();
	}

	/** Returns this search with another page number. */
	SearchCriteria withPage(int newPage) {
		return new SearchCriteria(this.location, this.minPrice, this.maxPrice, this.minBeds, this.minBaths, this.filters,
				this.sort, newPage);
	}

	/** Returns this search, from its first page, without the map area. */
	public SearchCriteria withoutBounds() {
		return new SearchCriteria(this.location, this.minPrice, this.maxPrice, this.minBeds, this.minBaths,
				this.filters.withoutBounds(), this.sort, 1);
	}

	/**
	 * Returns the site path of this search, with only the parameters that differ from the defaults, such as
	 * {@code /?q=Springfield&beds=3&page=2}.
	 */
	public String path() {
		return path("/");
	}

	/**
	 * Returns the path of this search on the given search page, such as {@code /embed/search?q=Springfield}, with only
	 * the parameters that differ from the defaults.
	 */
	public String path(String searchPath) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(searchPath);
		if (this.location != null) {
			builder.queryParam("q", this.location);
		}
		if (this.minPrice != null) {
			builder.queryParam("minPrice", this.minPrice.toPlainString());
		}
		if (this.maxPrice != null) {
			builder.queryParam("maxPrice", this.maxPrice.toPlainString());
		}
		if (this.minBeds != null) {
			builder.queryParam("beds", this.minBeds);
		}
		if (this.minBaths != null) {
			builder.queryParam("baths", this.minBaths);
		}
		this.filters.addTo(builder);
		if (this.sort != SearchSort.NEWEST) {
			builder.queryParam("sort", this.sort.parameter());
		}
		if (this.page > 1) {
			builder.queryParam("page", this.page);
		}
		return builder.encode().build().toUriString();
	}

	private static String parseLocation(String value, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		String location = value.strip().replaceAll("\\s+", " ");
		if (location.length() > MAX_LOCATION_LENGTH) {
			notes.add(SearchNote.of("search.note.locationShortened", MAX_LOCATION_LENGTH));
			location = location.substring(0, MAX_LOCATION_LENGTH).strip();
		}
		return location;
	}

	private static BigDecimal parsePrice(String value, String noteCode, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		String digits = PRICE_DECORATION.matcher(value).replaceAll("");
		try {
			BigDecimal price = new BigDecimal(digits);
			if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
				notes.add(SearchNote.of(noteCode, value));
				return null;
			}
			return price.stripTrailingZeros().scale() <= 0 ? price.setScale(0) : price;
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of(noteCode, value));
			return null;
		}
	}

	private static Integer parseRooms(String value, String noteCode, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			int rooms = Integer.parseInt(value.strip());
			if (rooms < 0 || rooms > MAX_ROOMS) {
				notes.add(SearchNote.of(noteCode, value));
				return null;
			}
			return (rooms > 0) ? rooms : null;
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of(noteCode, value));
			return null;
		}
	}

	private static SearchSort parseSort(String value, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return SearchSort.NEWEST;
		}
		return SearchSort.fromParameter(value.strip()).orElseGet(() -> {
			notes.add(SearchNote.of("search.note.invalidSort", value));
			return SearchSort.NEWEST;
		});
	}

	private static int parsePage(String value, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return 1;
		}
		try {
			int page = Integer.parseInt(value.strip());
			if (page < 1) {
				notes.add(SearchNote.of("search.note.invalidPage", value));
				return 1;
			}
			return page;
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of("search.note.invalidPage", value));
			return 1;
		}
	}

	/**
	 * A search read from the query string, with notes about the values that were left out or changed.
	 *
	 * @param criteria the search to run
	 * @param notes what was ignored or adjusted, in parameter order
	 */
	record Parsed(SearchCriteria criteria, List<SearchNote> notes) {

	}

}
