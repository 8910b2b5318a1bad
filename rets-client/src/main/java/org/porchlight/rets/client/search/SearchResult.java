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
 */
public record SearchResult(List<String> columns, long rowCount, OptionalLong totalCount, boolean maxRowsExceeded,
		int replyCode) {

	public SearchResult {
		columns = List.copyOf(columns);
	}

}
