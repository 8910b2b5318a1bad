package org.porchlight.web.listing;

/** Thrown when a listing key names no listing that the public site shows. */
public class ListingNotFoundException extends RuntimeException {

	private final String listingKey;

	public ListingNotFoundException(String listingKey) {
		super("No visible listing with key '" + listingKey + "'");
		this.listingKey = listingKey;
	}

	public String getListingKey() {
		return this.listingKey;
	}

}
