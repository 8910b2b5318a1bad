package org.porchlight.sync.openhouse;

/** An open-house row that cannot be stored; the message names the row's key and the invalid value. */
class InvalidOpenHouseException extends RuntimeException {

	private final String listingKey;

	InvalidOpenHouseException(String message, String listingKey) {
		super(message);
		this.listingKey = listingKey;
	}

	/** Returns the key of the row's listing, or {@code null} when the row has none. */
	String listingKey() {
		return this.listingKey;
	}

}
