package org.porchlight.rets.client.search;

import java.util.List;
import java.util.OptionalLong;

/**
 * The summary of a search, returned after every row was handed to the {@link RowHandler}.
 *
 * @param columns the result's columns
 * @param rowCount rows handed to the handler
 * @param totalCount the server's COUNT, when it sent one
 * @param maxRowsExceeded whether the server signalled that more rows match than it returned (MAXROWS or reply 20208)
 * @param replyCode the reply code of the response: {@code 0}, or {@code 20201} for no matching records
 * @param skippedRows rows received but not handed over because their field count differed from the columns
 * @param reshapedRows rows handed over after padding or truncating them to the columns
 * @param cleanedCharacters characters and character references that XML forbids (control characters, lone
 * surrogates, doubly escaped references) which were removed or repaired in the values
 */
public record SearchResult(List<String> columns, long rowCount, OptionalLong totalCount, boolean maxRowsExceeded,
		int replyCode, long skippedRows, long reshapedRows, long cleanedCharacters) {

	public SearchResult {
		columns = List.copyOf(columns);
	}

	/** Creates a result in which no row was skipped, reshaped or cleaned. */
	public SearchResult(List<String> columns, long rowCount, OptionalLong totalCount, boolean maxRowsExceeded,
			int replyCode) {
		this(columns, rowCount, totalCount, maxRowsExceeded, replyCode, 0, 0, 0);
	}

	/**
	 * Returns whether every matching row was received: the server signalled no MAXROWS or 20208, and when it sent a
	 * COUNT, the rows received (handed over plus skipped) reach it. A single page of a larger result is not
	 * complete. Skipped rows count as received, so check {@link #skippedRows()} as well when every row matters.
	 */
	public boolean complete() {
		if (this.maxRowsExceeded) {
			return false;
		}
		return this.totalCount.isEmpty() || this.rowCount + this.skippedRows >= this.totalCount.getAsLong();
	}

}
