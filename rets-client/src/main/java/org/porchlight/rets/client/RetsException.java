package org.porchlight.rets.client;

/** Base of every error the RETS client raises. */
public class RetsException extends RuntimeException {

	public RetsException(String message) {
		super(message);
	}

	public RetsException(String message, Throwable cause) {
		super(message, cause);
	}

}
