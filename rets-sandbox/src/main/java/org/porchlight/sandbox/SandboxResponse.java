package org.porchlight.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;

/**
 * The response to one request as {@link SandboxFilter}s see it, before the transaction writes it.
 */
public interface SandboxResponse {

	/**
	 * Sends an HTTP error with a plain-text body in place of the transaction's reply, for example a
	 * 503. A filter that calls this does not call {@link SandboxFilter.Chain#proceed}.
	 */
	void sendError(int status, String message) throws IOException;

	/**
	 * Sends a RETS reply with HTTP status 200 and no content in place of the transaction's reply, for example
	 * reply 20203 to refuse an argument. A filter that calls this does not call {@link SandboxFilter.Chain#proceed}.
	 */
	void sendReply(int replyCode, String replyText) throws IOException;

	/** Closes the connection without sending any response. */
	void abortConnection();

	/**
	 * Wraps the stream the body bytes go to, as sent on the wire (after any gzip compression), to
	 * slow, count or cut them. Wrappers added later sit closer to the transaction.
	 */
	void wrapBody(UnaryOperator<OutputStream> wrapper);

	/** Returns whether the status line has been sent. */
	boolean isCommitted();

}
