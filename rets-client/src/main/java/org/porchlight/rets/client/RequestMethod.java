package org.porchlight.rets.client;

/** HTTP method used for RETS transactions. Some servers accept only one of the two. */
public enum RequestMethod {

	GET,

	/** Sends the transaction's arguments as an {@code application/x-www-form-urlencoded} body. */
	POST

}
