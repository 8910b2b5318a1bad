package org.porchlight.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * One request to the sandbox as {@link SandboxFilter}s see it. Requests are immutable: the
 * {@code with} methods return a changed copy to pass on.
 */
public interface SandboxRequest {

	/** Returns the transaction the request's path names. */
	RetsTransaction transaction();

	/** Returns the HTTP method, {@code GET} or {@code POST}. */
	String method();

	/**
	 * Returns the RETS arguments from the query string and, for POST, the form body. Names are
	 * matched without regard to case.
	 */
	Map<String, String> parameters();

	/** Returns one argument, matched without regard to case. */
	default Optional<String> parameter(String name) {
		return Optional.ofNullable(parameters().get(name));
	}

	/** Returns a copy with an argument set, replacing any argument of that name. */
	SandboxRequest withParameter(String name, String value);

	/** Returns a copy without an argument, for example to act like a server that ignores Offset. */
	SandboxRequest withoutParameter(String name);

	/** Returns a request header, if present. */
	Optional<String> header(String name);

	/** Returns the number of this request among all requests the sandbox received, starting at 1. */
	long sequenceNumber();

	/** Returns the value of the request's RETS-Session-ID cookie, if it has one. */
	Optional<String> sessionId();

	/**
	 * Ends the session the request's cookie names, so that this and later requests with that cookie
	 * are refused like those of an expired session.
	 */
	void expireSession();

}
