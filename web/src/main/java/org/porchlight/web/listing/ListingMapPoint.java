package org.porchlight.web.listing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.porchlight.sync.store.Listing;

/**
 * The point at which the listing page's map shows a listing. When the seller withheld the address, the point is
 * rounded to two decimal places (about a kilometre) and the map draws an area around it in place of a pin, so that
 * the page never carries the exact location.
 *
 * @param latitude the latitude to show
 * @param longitude the longitude to show
 * @param approximate whether the point is rounded and must be shown as an area
 */
record ListingMapPoint(BigDecimal latitude, BigDecimal longitude, boolean approximate) {

	/** Radius of the area drawn around a rounded point, in metres, larger than the rounding's error of under 800 m. */
	static final int APPROXIMATE_RADIUS_METRES = 1200;

	/** Returns the point to show, or {@code null} when the listing has no coordinates. */
	static ListingMapPoint of(Listing listing) {
		if (listing.getLatitude() == null || listing.getLongitude() == null) {
			return null;
		}
		if (listing.isAddressHidden()) {
			return new ListingMapPoint(listing.getLatitude().setScale(2, RoundingMode.HALF_UP),
					listing.getLongitude().setScale(2, RoundingMode.HALF_UP), true);
		}
		return new ListingMapPoint(listing.getLatitude(), listing.getLongitude(), false);
	}

	/** Returns the radius of the drawn area, or 0 for a pin. */
	public int radiusMetres() {
		return this.approximate ? APPROXIMATE_RADIUS_METRES : 0;
	}

}
