package org.porchlight.web.listing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.porchlight.sync.store.Listing;
import org.porchlight.web.system.SiteProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the addresses of listing pages, as {@code @listingUrls} in templates. A listing's page is
 * {@code /listings/{key}/{slug}}, where the slug is made of the street address and the city, or of the city alone when
 * the seller withheld the street address.
 */
@Component("listingUrls")
public class ListingUrls {

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final int MAX_SLUG_LENGTH = 80;

	private final ListingFormat format;

	private final SiteProperties site;

	ListingUrls(ListingFormat format, SiteProperties site) {
		this.format = format;
		this.site = site;
	}

	/** Returns the slug of a listing's page, such as {@code 12-maple-ave-springfield}. */
	public String slug(Listing listing) {
		String street = this.format.streetAddress(listing);
		String city = listing.getCity();
		String text = (street != null) ? street + " " + nullToEmpty(city) : "home in " + nullToEmpty(city);
		String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH);
		}
		slug = trimDashes(slug);
		return slug.isEmpty() ? "home" : slug;
	}

	/** Returns the site path of a listing's page, such as {@code /listings/A1/12-maple-ave-springfield}. */
	public String path(Listing listing) {
		return "/listings/" + ServletUriComponentsBuilder.fromPath("{key}")
			.buildAndExpand(listing.getListingKey())
			.encode()
			.toUriString() + "/" + slug(listing);
	}

	/** Returns the absolute address of a listing's page, for canonical links, share tags and the sitemap. */
	public String absolute(Listing listing) {
		return absolute(path(listing));
	}

	/**
	 * Returns the absolute address of a site path: under {@code porchlight.site.base-url} when it is set, or else under
	 * the scheme, host and port of the current request.
	 */
	public String absolute(String path) {
		String base = this.site.baseUrl();
		if (!StringUtils.hasText(base)) {
			base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return base.replaceAll("/+$", "") + path;
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
