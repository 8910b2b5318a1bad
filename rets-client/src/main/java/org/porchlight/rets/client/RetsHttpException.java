package org.porchlight.rets.client;

/** Error raised when the server responds with an HTTP status that is not a success. */
public class RetsHttpException extends RetsException {

	private final int status;
	private final String bodyExcerpt;

	public RetsHttpException(String transaction, int status, String bodyExcerpt) {
		super(transaction + " failed with HTTP status " + status + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt));
		this.status = status;
		this.bodyExcerpt = bodyExcerpt;
	}

	public int status() {
		return this.status;
	}

	/** Returns the first few hundred characters of the response body, or an empty string. */
	public String bodyExcerpt() {
		return this.bodyExcerpt;
	}

}
