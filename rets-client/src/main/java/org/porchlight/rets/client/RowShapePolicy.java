package org.porchlight.rets.client;

/** Handling of a COMPACT row whose field count differs from the number of columns. */
public enum RowShapePolicy {

	/** Fails the search with a {@link RetsParseException} at the first such row. */
	STRICT,

	/** Skips the row and counts it in {@link org.porchlight.rets.client.search.SearchResult#skippedRows()}. */
	SKIP,

	/**
	 * Delivers the row with missing trailing fields as empty strings and extra fields dropped, and counts it in
	 * {@link org.porchlight.rets.client.search.SearchResult#reshapedRows()}.
	 */
	PAD_OR_TRUNCATE

}
