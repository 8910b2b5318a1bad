package org.porchlight.rets.client.internal.transport;

import java.net.URI;

/** Logs in again after the server ended the session, and returns the new URL of the interrupted transaction. */
@FunctionalInterface
public interface SessionRenewal {

	/**
	 * Logs in again with fresh cookies.
	 * @param transaction the name of the transaction to repeat, which is also its capability name
	 * @return the transaction's URL in the new session, or {@code null} to keep the old one
	 */
	URI renew(String transactionId, String transaction);

}
