package org.porchlight.sandbox;

import java.io.IOException;

/**
 * A step in the sandbox's request processing that runs before authentication and the transaction
 * itself. A filter may change the request, replace or delay the response, cut the body, drop the
 * connection or end the session, which makes it the place for fault injection. Filters run in the
 * order {@link SandboxConfig.Builder#filter} added them, and each one decides whether to call
 * {@link Chain#proceed}.
 */
@FunctionalInterface
public interface SandboxFilter {

	/**
	 * Handles one request.
	 * @param request the request as the previous filter passed it on
	 * @param response the response, not yet sent
	 * @param chain the rest of the processing: later filters, authentication and the transaction
	 */
	void filter(SandboxRequest request, SandboxResponse response, Chain chain) throws IOException;

	/** The processing after a filter. */
	@FunctionalInterface
	interface Chain {

		/** Runs the later filters, then authentication and the transaction, with {@code request}. */
		void proceed(SandboxRequest request, SandboxResponse response) throws IOException;

	}

}
