package org.porchlight.rets.client.search;

/** The {@code Count} argument of a Search. */
public enum CountMode {

	/** Records only ({@code Count=0}). */
	NONE(0),

	/** Records and the total number of matches ({@code Count=1}). */
	RECORDS_AND_COUNT(1),

	/** The number of matches only ({@code Count=2}). */
	COUNT_ONLY(2);

	private final int argument;

	CountMode(int argument) {
		this.argument = argument;
	}

	public int argument() {
		return this.argument;
	}

}
