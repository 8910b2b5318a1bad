package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The area of the map that a search is limited to, in decimal degrees. An area that crosses the antimeridian is not
 * supported: its west edge must be less than its east edge.
 *
 * @param south the southern latitude
 * @param west the western longitude
 * @param north the northern latitude
 * @param east the eastern longitude
 */
public record MapBounds(BigDecimal south, BigDecimal west, BigDecimal north, BigDecimal east) {

	private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);

	private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

	static MapBounds parse(Map<String, String> parameters, List<SearchNote> notes) {
		List<String> values = Stream.of("south", "west", "north", "east").map(parameters::get).toList();
		if (values.stream().noneMatch(StringUtils::hasText)) {
			return null;
		}
		if (!values.stream().allMatch(StringUtils::hasText)) {
			notes.add(SearchNote.of("search.note.invalidBounds", null));
			return null;
		}
		try {
			BigDecimal south = new BigDecimal(values.get(0).strip());
			BigDecimal west = new BigDecimal(values.get(1).strip());
			BigDecimal north = new BigDecimal(values.get(2).strip());
			BigDecimal east = new BigDecimal(values.get(3).strip());
			if (south.abs().compareTo(MAX_LATITUDE) > 0 || north.abs().compareTo(MAX_LATITUDE) > 0
					|| west.abs().compareTo(MAX_LONGITUDE) > 0 || east.abs().compareTo(MAX_LONGITUDE) > 0
					|| south.compareTo(north) >= 0 || west.compareTo(east) >= 0 || south.precision() > 20
					|| north.precision() > 20 || west.precision() > 20 || east.precision() > 20) {
				notes.add(SearchNote.of("search.note.invalidBounds", null));
				return null;
			}
			return new MapBounds(south, west, north, east);
		}
		catch (NumberFormatException ex) {
			notes.add(SearchNote.of("search.note.invalidBounds", null));
			return null;
		}
	}

	void addTo(UriComponentsBuilder builder) {
		builder.queryParam("south", this.south.toPlainString())
			.queryParam("west", this.west.toPlainString())
			.queryParam("north", this.north.toPlainString())
			.queryParam("east", this.east.toPlainString());
	}

}
