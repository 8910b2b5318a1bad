package org.porchlight.web.listing;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.web.system.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Formats listing facts for templates, as {@code @listingFormat}, in the request's locale. Every method that could
 * show a street address shows none when the seller withheld it from Internet display.
 */
@Component("listingFormat")
public class ListingFormat {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

	private static final Pattern PRICE_LABEL = Pattern.compile("(?i)price");

	private static final Pattern AREA_LABEL = Pattern.compile("(?i)sq\\.? ?f(ee)?t|square|\\barea\\b|acres");

	/** A photo description that is only a camera or file name, such as "20140426_131723", which gives a reader no information. */
	private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]*\\d[\\w.-]*");

	private final SiteProperties site;

	private final MessageSource messages;

	ListingFormat(SiteProperties site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
	}

	/** Formats the list price as a whole amount of the site's currency, or returns the "price not given" text. */
	public String price(Listing listing) {
		if (listing.getListPrice() == null) {
			return message("listing.price.missing");
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(this.site.currency());
		format.setMaximumFractionDigits(0);
		format.setMinimumFractionDigits(0);
		return format.format(listing.getListPrice());
	}

	/**
	 * Formats a value of the "all public facts" list, which the sync worker stores as plain text such as "281700". A
	 * plain number whose label names a price, such as "Original List Price", is shown as an amount of the site's
	 * currency, and one whose label names an area, such as "Total SqFt.", with the locale's grouping. Other values,
	 * years and postal codes among them, are shown as stored.
	 */
	public String factValue(String label, String value) {
		if (label == null || value == null || !PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		BigDecimal number = new BigDecimal(value);
		if (PRICE_LABEL.matcher(label).find()) {
			NumberFormat format = NumberFormat.getCurrencyInstance(locale());
			format.setCurrency(this.site.currency());
			format.setMinimumFractionDigits((number.scale() > 0) ? format.getMinimumFractionDigits() : 0);
			return format.format(number);
		}
		if (AREA_LABEL.matcher(label).find()) {
			return number(number);
		}
		return value;
	}

	/** Formats a count or an area with the locale's grouping, such as "1,850". */
	public String number(Number value) {
		return (value != null) ? NumberFormat.getNumberInstance(locale()).format(value) : "";
	}

	/**
	 * Returns the number of bathrooms, or {@code null} when not given. The decimal total comes first because it keeps
	 * half baths (1.5), which the whole-number total rounds away.
	 */
	public Number baths(Listing listing) {
		BigDecimal decimal = listing.getBathroomsTotalDecimal();
		if (decimal != null) {
			return decimal.stripTrailingZeros();
		}
		return listing.getBathroomsTotalInteger();
	}

	/** Returns the street address, or {@code null} when it is withheld or not given. */
	public String streetAddress(Listing listing) {
		if (listing.isAddressHidden()) {
			return null;
		}
		if (StringUtils.hasText(listing.getUnparsedAddress())) {
			return listing.getUnparsedAddress().strip();
		}
		String street = joinWithSpaces(listing.getStreetNumber(), listing.getStreetDirPrefix(), listing.getStreetName(),
				listing.getStreetSuffix(), listing.getStreetDirSuffix());
		if (StringUtils.hasText(listing.getUnitNumber())) {
			street = message("listing.address.unit", street, listing.getUnitNumber().strip());
		}
		return StringUtils.hasText(street) ? street : null;
	}

	/** Returns the city, state and postal code, such as "Springfield, IL 62701". */
	public String locality(Listing listing) {
		String stateAndPostalCode = joinWithSpaces(listing.getStateOrProvince(), listing.getPostalCode());
		return Stream.of(listing.getCity(), stateAndPostalCode)
			.filter(StringUtils::hasText)
			.map(String::strip)
			.collect(Collectors.joining(", "));
	}

	/** Returns the full address, or only the locality when the street address is withheld. */
	public String address(Listing listing) {
		String street = streetAddress(listing);
		String locality = locality(listing);
		if (street == null) {
			return locality;
		}
		return locality.isEmpty() ? street : street + ", " + locality;
	}

	/** Returns the page heading: the street address, or "Home in <city>" when it is withheld. */
	public String headline(Listing listing) {
		String street = streetAddress(listing);
		if (street != null) {
			return street;
		}
		String city = StringUtils.hasText(listing.getCity()) ? listing.getCity().strip() : locality(listing);
		return StringUtils.hasText(city) ? message("listing.headline.city", city) : message("listing.headline.unknown");
	}

	/** Returns alternative text for a listing's photo, describing the home without a withheld street address. */
	public String photoAlt(Listing listing, ListingPhoto photo, int number, int total) {
		String home = describeHome(listing);
		String description = (photo != null && StringUtils.hasText(photo.getDescription()))
				? photo.getDescription().strip() : null;
		if (description != null && !FILE_NAME.matcher(description).matches()) {
			return message("listing.photo.alt.described", number, total, description, home);
		}
		return message("listing.photo.alt", number, total, home);
	}

	/** Returns alternative text for the first photo of a listing on a result card. */
	public String cardAlt(Listing listing) {
		return message("listing.card.alt", describeHome(listing));
	}

	private String describeHome(Listing listing) {
		String place = address(listing);
		Integer beds = listing.getBedroomsTotal();
		Number baths = baths(listing);
		if (beds != null && baths != null) {
			return message("listing.home.bedsBaths", beds, number(baths), place);
		}
		if (beds != null) {
			return message("listing.home.beds", beds, place);
		}
		return message("listing.home", place);
	}

	private static String joinWithSpaces(String... parts) {
		return Stream.of(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" "));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
