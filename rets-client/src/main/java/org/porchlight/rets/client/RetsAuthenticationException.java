package org.porchlight.rets.client;

/** The server rejected the credentials, or asked for an authentication scheme the client cannot answer. */
public class RetsAuthenticationException extends RetsException {

	public RetsAuthenticationException(String message) {
		super(message);
	}

}
