package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of a search beyond location, price and rooms, read from the query string. A value that cannot be used
 * is left out with a {@link SearchNote note}.
 *
 * @param propertyType the property type, matched exactly (query parameter {@code type}), or {@code null}
 * @param propertySubType the property subtype, matched exactly ({@code subtype}), or {@code null}
 * @param minArea the smallest living area in the feed's unit ({@code minArea}), or {@code null}
 * @param maxArea the largest living area ({@code maxArea}), or {@code null}
 * @param minLot the smallest lot size area ({@code minLot}), or {@code null}
 * @param maxLot the largest lot size area ({@code maxLot}), or {@code null}
 * @param minYear the earliest year built ({@code minYear}), or {@code null}
 * @param maxYear the latest year built ({@code maxYear}), or {@code null}
 * @param keywords words that must all appear in the public remarks ({@code keywords}), or {@code null}
 * @param withPhotos whether only listings with photos match ({@code photos=1})
 * @param openHouse the open houses that listings must have ({@code openHouse=upcoming} or {@code weekend}), or
 * {@code null}
 * @param bounds the map area that results must lie in ({@code south}, {@code west}, {@code north}, {@code east}), or
 * {@code null}
 */
public record PropertyFilters(String propertyType, String propertySubType, BigDecimal minArea, BigDecimal maxArea,
		BigDecimal minLot, BigDecimal maxLot, Integer minYear, Integer maxYear, String keywords, boolean withPhotos,
		OpenHouseFilter openHouse, MapBounds bounds) {

	static final PropertyFilters NONE = new PropertyFilters(null, null, null, null, null, null, null, null, null, false,
			null, null);

	static final int MAX_TEXT_LENGTH = 100;

	static final BigDecimal MAX_AREA = new BigDecimal("100000000");

	static final int MIN_YEAR = 1600;

	static final int MAX_YEAR = 2200;

	private static final Pattern NUMBER_DECORATION = Pattern.compile("[\\s,_']");

	static PropertyFilters parse(Map<String, String> parameters, List<SearchNote> notes) {
		String type = parseText(parameters.get("type"), "search.note.invalidType", notes);
		String subType = parseText(parameters.get("subtype"), "search.note.invalidType", notes);
		BigDecimal minArea = parseArea(parameters.get("minArea"), "search.note.invalidArea", notes);
		BigDecimal maxArea = parseArea(parameters.get("maxArea"), "search.note.invalidArea", notes);
		BigDecimal minLot = parseArea(parameters.get("minLot"), "search.note.invalidLot", notes);
		BigDecimal maxLot = parseArea(parameters.get("maxLot"), "search.note.invalidLot", notes);
		Integer minYear = parseYear(parameters.get("minYear"), notes);
		Integer maxYear = parseYear(parameters.get("maxYear"), notes);
		String keywords = parseText(parameters.get("keywords"), "search.note.keywordsShortened", notes);
		boolean withPhotos = "1".equals(parameters.get("photos")) || "true".equals(parameters.get("photos"));
		if (StringUtils.hasText(parameters.get("photos")) && !withPhotos && !"0".equals(parameters.get("photos"))) {
			notes.add(SearchNote.of("search.note.invalidPhotos", parameters.get("photos")));
		}
		OpenHouseFilter openHouse = parseOpenHouse(parameters.get("openHouse"), notes);
		MapBounds bounds = MapBounds.parse(parameters, notes);
		return new PropertyFilters(type, subType, minArea, maxArea, minLot, maxLot, minYear, maxYear, keywords,
				withPhotos, openHouse, bounds);
	}

	/** Returns whether any of these filters narrows the search. */
	public boolean isActive() {
		return !equals(NONE);
	}

	/** Returns these filters without the map area, for the link that searches beyond the map. */
	public PropertyFilters withoutBounds() {
		return new PropertyFilters(this.propertyType, this.propertySubType, this.minArea, this.maxArea, this.minLot,
				this.maxLot, this.minYear, this.maxYear, this.keywords, this.withPhotos, this.openHouse, null);
	}

	void addTo(UriComponentsBuilder builder) {
		addIfSet(builder, "type", this.propertyType);
		addIfSet(builder, "subtype", this.propertySubType);
		addIfSet(builder, "minArea", plain(this.minArea));
		addIfSet(builder, "maxArea", plain(this.maxArea));
		addIfSet(builder, "minLot", plain(this.minLot));
		addIfSet(builder, "maxLot", plain(this.maxLot));
		addIfSet(builder, "minYear", this.minYear);
		addIfSet(builder, "maxYear", this.maxYear);
		addIfSet(builder, "keywords", this.keywords);
		if (this.withPhotos) {
			builder.queryParam("photos", "1");
		}
		if (this.openHouse != null) {
			builder.queryParam("openHouse", this.openHouse.parameter());
		}
		if (this.bounds != null) {
			this.bounds.addTo(builder);
		}
	}

	private static void addIfSet(UriComponentsBuilder builder, String name, Object value) {
		if (value != null) {
			builder.queryParam(name, value);
		}
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	private static String parseText(String value, String noteCode, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		String text = value.strip().replaceAll("\\s+", " ");
		if (text.length() > MAX_TEXT_LENGTH) {
			notes.add(SearchNote.of(noteCode, MAX_TEXT_LENGTH));
			text = text.substring(0, MAX_TEXT_LENGTH).strip();
		}
		return text;
	}

	private static BigDecimal parseArea(String value, String noteCode, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			BigDecimal area = new BigDecimal(NUMBER_DECORATION.matcher(value).replaceAll(""));
			if (area.signum() < 0 || area.compareTo(MAX_AREA) > 0) {
				notes.add(SearchNote.of(noteCode, value));
				return null;
			}
			return area.stripTrailingZeros().scale() <= 0 ? area.setScale(0) : area;
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of(noteCode, value));
			return null;
		}
	}

	private static OpenHouseFilter parseOpenHouse(String value, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		return OpenHouseFilter.fromParameter(value).orElseGet(() -> {
			notes.add(SearchNote.of("search.note.invalidOpenHouse", value));
			return null;
		});
	}

	private static Integer parseYear(String value, List<SearchNote> notes) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			int year = Integer.parseInt(value.strip());
			if (year < MIN_YEAR || year > MAX_YEAR) {
				notes.add(SearchNote.of("search.note.invalidYear", value));
				return null;
			}
			return year;
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of("search.note.invalidYear", value));
			return null;
		}
	}

}
