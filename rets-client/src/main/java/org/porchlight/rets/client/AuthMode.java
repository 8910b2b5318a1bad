package org.porchlight.rets.client;

/** Policy for responding to the server's HTTP authentication challenge. */
public enum AuthMode {

	/** Use whichever of Digest or Basic the server's challenge offers, preferring Digest. */
	AUTO,

	/** Send HTTP Basic credentials. */
	BASIC,

	/** Responds to HTTP Digest challenges only. */
	DIGEST

}
