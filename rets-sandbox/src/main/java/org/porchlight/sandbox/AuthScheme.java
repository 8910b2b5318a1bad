package org.porchlight.sandbox;

/**
 * An HTTP authentication scheme the sandbox can offer in its {@code WWW-Authenticate} challenges.
 */
public enum AuthScheme {

	/** HTTP Basic (RFC 7617). */
	BASIC,

	/** HTTP Digest with MD5 and {@code qop=auth} (RFC 7616, compatible with RFC 2617). */
	DIGEST

}
