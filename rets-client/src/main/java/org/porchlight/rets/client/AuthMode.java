package org.porchlight.rets.client;

/** How the client answers the server's HTTP authentication challenge. */
public enum AuthMode {

	/** Use whichever of Digest or Basic the server's challenge offers, preferring Digest. */
	AUTO,

	/** Send HTTP Basic credentials. */
	BASIC,

	/** Answer HTTP Digest challenges only. */
	DIGEST

}
