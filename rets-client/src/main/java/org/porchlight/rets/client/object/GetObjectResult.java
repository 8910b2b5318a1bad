package org.porchlight.rets.client.object;

import java.util.List;

/**
 * The summary of a GetObject transaction.
 *
 * @param delivered objects handed to the sink
 * @param failures objects the server reported as missing or in error (for example reply 20403)
 * @param complete {@code false} when the response ended before its closing boundary
 */
public record GetObjectResult(int delivered, List<ObjectFailure> failures, boolean complete) {

	public GetObjectResult {
		failures = List.copyOf(failures);
	}

}
