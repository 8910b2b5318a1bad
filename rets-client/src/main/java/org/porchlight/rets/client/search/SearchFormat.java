package org.porchlight.rets.client.search;

/** The {@code Format} argument of a Search. */
public enum SearchFormat {

	/** Lookup fields carry codes. */
	COMPACT("COMPACT"),

	/** Lookup fields carry their display values. */
	COMPACT_DECODED("COMPACT-DECODED"),

	STANDARD_XML("STANDARD-XML");

	private final String argument;

	SearchFormat(String argument) {
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
