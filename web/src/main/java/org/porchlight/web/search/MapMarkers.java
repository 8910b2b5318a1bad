package org.porchlight.web.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.store.Listing;
import org.porchlight.web.listing.ListingCard;
import org.porchlight.web.listing.ListingFormat;
import org.porchlight.web.listing.ListingUrls;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Builds the map pins of a page of results as JSON for the search map. A listing whose seller withheld the address
 * gets no pin, because its coordinates would give the address away.
 */
@Component
class MapMarkers {

	private final JsonMapper jsonMapper;

	private final ListingFormat format;

	private final ListingUrls urls;

	MapMarkers(JsonMapper jsonMapper, ListingFormat format, ListingUrls urls) {
		this.jsonMapper = jsonMapper;
		this.format = format;
		this.urls = urls;
	}

	/** Returns the markers of the cards as JSON, each linking to its listing's path under {@code pathPrefix}. */
	String of(List<ListingCard> cards, String pathPrefix) {
		List<Map<String, Object>> markers = cards.stream()
			.map(ListingCard::listing)
			.filter((listing) -> !listing.isAddressHidden() && listing.getLatitude() != null
					&& listing.getLongitude() != null)
			.map((listing) -> marker(listing, pathPrefix))
			.toList();
		return this.jsonMapper.writeValueAsString(markers);
	}

	private Map<String, Object> marker(Listing listing, String pathPrefix) {
		Map<String, Object> marker = new LinkedHashMap<>();
		marker.put("lat", listing.getLatitude());
		marker.put("lng", listing.getLongitude());
		marker.put("price", this.format.price(listing));
		marker.put("label", this.format.address(listing));
		marker.put("path", pathPrefix + this.urls.path(listing));
		return marker;
	}

}
