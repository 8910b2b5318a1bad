package org.porchlight.rets.client.search;

/** Receives search rows one at a time while the response is read, so that memory stays flat. */
@FunctionalInterface
public interface RowHandler {

	void handle(SearchRow row);

}
