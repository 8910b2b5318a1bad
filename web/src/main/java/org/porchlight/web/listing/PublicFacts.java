package org.porchlight.web.listing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.porchlight.sync.store.Listing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads a listing's public record, the JSON object of display label to display value that the sync worker stores,
 * into the "all public facts" list of the listing page.
 */
@Component
class PublicFacts {

	private static final Logger logger = LoggerFactory.getLogger(PublicFacts.class);

	/**
	 * Labels of fields that give away a location more precisely than the city. A feed's labels are free text, so
	 * this matches words rather than exact names.
	 */
	private static final Pattern LOCATING_LABEL = Pattern
		.compile("street|address|latitude|longitude|coordinates|directions|unit number|parcel|geo", Pattern.CASE_INSENSITIVE);

	/**
	 * Labels of fields that are internal to the MLS or confidential. The sync worker keeps confidential fields out of
	 * the public record, so this is a second line of defence, and it also hides the internal ids that buyers cannot use.
	 */
	private static final Pattern INTERNAL_LABEL = Pattern.compile(
			"\\b(agent|office|member|property group|group|board|association|system|matrix|listing)\\s*(id|key|uid|number)\\b"
					+ "|\\bmls approved\\b|private|confidential|showing|lockbox|lock box|commission|compensation"
					+ "|owner|seller|occupant|tenant|password|gate code|alarm|appointment|internal",
			Pattern.CASE_INSENSITIVE);

	private final JsonMapper jsonMapper;

	PublicFacts(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Returns the label-to-value pairs of a listing's public record, in the record's order, without empty values.
	 * When the seller withheld the street address, fields that could locate the home are left out too.
	 */
	Map<String, String> of(Listing listing) {
		Map<String, String> facts = new LinkedHashMap<>();
		if (!StringUtils.hasText(listing.getPublicRecord())) {
			return facts;
		}
		JsonNode record;
		try {
			record = this.jsonMapper.readTree(listing.getPublicRecord());
		}
		catch (JacksonException ex) {
			logger.warn("Public record of listing {} is not valid JSON, so its facts are not shown: {}",
					listing.getListingKey(), ex.getOriginalMessage());
			return facts;
		}
		if (!record.isObject()) {
			logger.warn("Public record of listing {} is not a JSON object, so its facts are not shown",
					listing.getListingKey());
			return facts;
		}
		for (Map.Entry<String, JsonNode> field : record.properties()) {
			String value = field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString();
			if (StringUtils.hasText(value) && !field.getValue().isNull() && isShown(listing, field.getKey(), value)) {
				facts.put(field.getKey(), value.strip());
			}
		}
		return facts;
	}

	// The sync worker already leaves address fields out of the public record of a listing whose address is withheld.
	// This second check, by label and by street name, keeps records stored by an older worker from showing it.
	private static boolean isShown(Listing listing, String label, String value) {
		if (INTERNAL_LABEL.matcher(label).find()) {
			return false;
		}
		if (!listing.isAddressHidden()) {
			return true;
		}
		if (LOCATING_LABEL.matcher(label).find()) {
			return false;
		}
		String streetName = listing.getStreetName();
		if (StringUtils.hasText(streetName) && streetName.strip().length() >= 3) {
			String needle = streetName.strip().toLowerCase(Locale.ROOT);
			return !value.toLowerCase(Locale.ROOT).contains(needle);
		}
		return true;
	}

}
