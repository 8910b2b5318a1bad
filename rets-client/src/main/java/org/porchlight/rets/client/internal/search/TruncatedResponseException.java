package org.porchlight.rets.client.internal.search;

import org.porchlight.rets.client.RetsParseException;

/** A search response that ended before its last element, as when the connection drops in the middle of the body. */
final class TruncatedResponseException extends RetsParseException {

	TruncatedResponseException(String message, long position) {
		super(message, position);
	}

}
