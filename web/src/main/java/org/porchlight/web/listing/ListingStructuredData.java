package org.porchlight.web.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.web.photo.PhotoPaths;
import org.porchlight.web.system.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Builds the schema.org {@code RealEstateListing} of a listing page as JSON-LD. A withheld street address leaves out
 * the street and the coordinates, which would give the address away.
 */
@Component
class ListingStructuredData {

	private final JsonMapper jsonMapper;

	private final ListingFormat format;

	private final ListingUrls urls;

	private final PhotoPaths photoPaths;

	private final SiteProperties site;

	ListingStructuredData(JsonMapper jsonMapper, ListingFormat format, ListingUrls urls, PhotoPaths photoPaths,
			SiteProperties site) {
		this.jsonMapper = jsonMapper;
		this.format = format;
		this.urls = urls;
		this.photoPaths = photoPaths;
		this.site = site;
	}

	/**
	 * Returns the JSON-LD text, safe to place inside a {@code <script>} element because every {@code <}, {@code >}
	 * and {@code &} is written as a Unicode escape.
	 */
	String of(Listing listing, List<ListingPhoto> photos) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "RealEstateListing");
		data.put("name", this.format.headline(listing));
		data.put("url", this.urls.absolute(listing));
		if (StringUtils.hasText(listing.getPublicRemarks())) {
			data.put("description", listing.getPublicRemarks().strip());
		}
		if (listing.getListingContractDate() != null) {
			data.put("datePosted", listing.getListingContractDate().toString());
		}
		if (!photos.isEmpty()) {
			data.put("image",
					photos.stream().map((photo) -> this.urls.absolute(this.photoPaths.display(photo.getStorageKey()))).toList());
		}
		if (listing.getListPrice() != null) {
			Map<String, Object> offer = new LinkedHashMap<>();
			offer.put("@type", "Offer");
			offer.put("price", listing.getListPrice().stripTrailingZeros().toPlainString());
			offer.put("priceCurrency", this.site.currency().getCurrencyCode());
			offer.put("availability", "https://schema.org/InStock");
			if (StringUtils.hasText(listing.getListOfficeName())) {
				offer.put("offeredBy", Map.of("@type", "RealEstateAgent", "name", listing.getListOfficeName().strip()));
			}
			data.put("offers", offer);
		}
		data.put("about", residence(listing));
		String json = this.jsonMapper.writeValueAsString(data);
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private Map<String, Object> residence(Listing listing) {
		Map<String, Object> residence = new LinkedHashMap<>();
		residence.put("@type", "SingleFamilyResidence");
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		putIfText(address, "streetAddress", this.format.streetAddress(listing));
		putIfText(address, "addressLocality", listing.getCity());
		putIfText(address, "addressRegion", listing.getStateOrProvince());
		putIfText(address, "postalCode", listing.getPostalCode());
		residence.put("address", address);
		if (!listing.isAddressHidden() && listing.getLatitude() != null && listing.getLongitude() != null) {
			residence.put("geo", Map.of("@type", "GeoCoordinates", "latitude", listing.getLatitude(), "longitude",
					listing.getLongitude()));
		}
		if (listing.getBedroomsTotal() != null) {
			residence.put("numberOfBedrooms", listing.getBedroomsTotal());
		}
		if (this.format.baths(listing) != null) {
			residence.put("numberOfBathroomsTotal", this.format.baths(listing));
		}
		if (listing.getLivingArea() != null) {
			residence.put("floorSize", Map.of("@type", "QuantitativeValue", "value", listing.getLivingArea(), "unitCode",
					"FTK"));
		}
		if (listing.getYearBuilt() != null) {
			residence.put("yearBuilt", listing.getYearBuilt());
		}
		return residence;
	}

	private static void putIfText(Map<String, Object> map, String key, String value) {
		if (StringUtils.hasText(value)) {
			map.put(key, value.strip());
		}
	}

}
