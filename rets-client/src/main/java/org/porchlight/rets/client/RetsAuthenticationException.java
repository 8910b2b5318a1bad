package org.porchlight.rets.client;

/** Error raised when the server rejects the credentials, or requests an authentication scheme the client cannot use. */
public class RetsAuthenticationException extends RetsException {

	public RetsAuthenticationException(String message) {
		super(message);
	}

}
