package org.porchlight.rets.client.internal.search;

import java.util.List;
import java.util.OptionalLong;

/**
 * The summary of one search response.
 *
 * @param rowsRead DATA rows in the response, including skipped ones, which is what Offset paging counts
 * @param rowsDelivered rows handed to the handler
 * @param malformedRows rows skipped because their field count differed from the columns
 * @param reshapedRows rows padded or truncated to the columns
 * @param cleanedCharacters characters and references that XML forbids, cleaned in the values
 */
record SearchOutcome(int replyCode, List<String> columns, long rowsRead, long rowsDelivered, long malformedRows,
		long reshapedRows, long cleanedCharacters, OptionalLong totalCount, boolean maxRows) {
}
